// blind-expect: none
// Checks reachability of a host named in the environment using the ping binary.
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static int valid_hostname(const char *h)
{
    size_t len = strlen(h);
    if (len == 0 || len > 253 || h[0] == '-')
        return 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)h[i];
        if (!isalnum(c) && c != '.' && c != '-')
            return 0;
    }
    return 1;
}

static int ping_once(const char *host)
{
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        execl("/usr/bin/ping", "ping", "-c", "1", "-W", "2", "--", host, (char *)NULL);
        _exit(127);
    }
    int status = 0;
    if (waitpid(pid, &status, 0) < 0)
        return -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

int main(void)
{
    const char *host = getenv("MONITOR_TARGET");
    if (!host)
        host = "localhost";
    if (!valid_hostname(host)) {
        fprintf(stderr, "invalid host name\n");
        return 2;
    }
    int rc = ping_once(host);
    printf("%s is %s\n", host, rc == 0 ? "up" : "down");
    return rc == 0 ? 0 : 1;
}
