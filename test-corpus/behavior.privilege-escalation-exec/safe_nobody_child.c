/*
 * behavior.privilege-escalation-exec, safe look-alike: a privileged parent
 * forks a sandboxed child that becomes "nobody" (uid/gid 65534) before it
 * runs the file converter; the parent never changes identity.
 */
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#define NOBODY 65534

int main(void)
{
    pid_t pid = fork();

    if (pid == 0) {
        if (setgid(NOBODY) != 0 || setuid(NOBODY) != 0)
            _exit(1);
        execl("/usr/bin/convert", "convert", "/var/spool/in/page.tif", "/var/spool/out/page.png", (char *)NULL);
        _exit(127);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}
