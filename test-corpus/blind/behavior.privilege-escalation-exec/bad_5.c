// blind-expect: behavior.privilege-escalation-exec
// Launcher for a backup agent that runs the configured backup program under the configured account.
#include <stdio.h>
#include <stdlib.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

struct launch_config {
    uid_t run_uid;
    gid_t run_gid;
    const char *program;
};

static const struct launch_config g_config = {
    .run_uid = 0,
    .run_gid = 0,
    .program = "/opt/backup/bin/agent",
};

static int switch_identity(const struct launch_config *cfg)
{
    if (setgid(cfg->run_gid) != 0)
        return -1;
    if (setuid(cfg->run_uid) != 0)
        return -1;
    return 0;
}

int main(int argc, char **argv)
{
    pid_t pid;
    int status;
    char *args[4];

    args[0] = (char *)g_config.program;
    args[1] = "--target";
    args[2] = argc > 1 ? argv[1] : "/srv";
    args[3] = NULL;

    pid = fork();
    if (pid < 0)
        return 1;
    if (pid == 0) {
        if (switch_identity(&g_config) != 0)
            _exit(126);
        execvp(args[0], args);
        _exit(127);
    }
    waitpid(pid, &status, 0);
    printf("backup agent exited with %d\n", WIFEXITED(status) ? WEXITSTATUS(status) : -1);
    return 0;
}
