/*
 * Look-alike of a pipe relay shell: a shell reads its commands from a pipe,
 * but what goes into the pipe is a local maintenance script; the network is
 * only used to report the exit status to a monitoring host. The pipe's
 * output read back is another process's output, not file content.
 */
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
    int in[2], out[2];
    if (pipe(in) != 0 || pipe(out) != 0)
        return 1;
    pid_t pid = fork();
    if (pid == 0) {
        dup2(in[0], STDIN_FILENO);
        dup2(out[1], STDOUT_FILENO);
        execl("/bin/sh", "sh", (char *)NULL);
        _exit(1);
    }
    int script = open("/usr/local/lib/maint/nightly.sh", O_RDONLY);
    char buf[4096];
    ssize_t n;
    while (script >= 0 && (n = read(script, buf, sizeof buf)) > 0)
        write(in[1], buf, (size_t)n);
    close(in[1]);
    char report[256];
    n = read(out[0], report, sizeof report);
    int status = 0;
    waitpid(pid, &status, 0);
    struct sockaddr_in mon;
    memset(&mon, 0, sizeof mon);
    mon.sin_family = AF_INET;
    mon.sin_port = htons(5140);
    inet_pton(AF_INET, "192.0.2.10", &mon.sin_addr);
    int s = socket(AF_INET, SOCK_STREAM, 0);
    if (connect(s, (struct sockaddr *)&mon, sizeof mon) == 0 && n > 0)
        send(s, report, (size_t)n, 0);
    return status;
}
