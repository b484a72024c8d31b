// blind-expect: taint.cmd-injection
// Interactive network checker that pings hosts typed on standard input and reports reachability.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void strip_newline(char *s)
{
    size_t len = strlen(s);
    while (len > 0 && (s[len - 1] == '\n' || s[len - 1] == '\r'))
        s[--len] = '\0';
}

static int ping_host(const char *host)
{
    char cmd[300];
    char line[256];
    int received = 0;

    snprintf(cmd, sizeof cmd, "ping -c 1 -W 2 %s 2>&1", host);
    FILE *p = popen(cmd, "r");
    if (!p) {
        perror("popen");
        return -1;
    }
    while (fgets(line, sizeof line, p)) {
        if (strstr(line, "1 received"))
            received = 1;
    }
    pclose(p);
    return received;
}

int main(void)
{
    char host[256];

    printf("host> ");
    fflush(stdout);
    while (fgets(host, sizeof host, stdin)) {
        strip_newline(host);
        if (host[0] == '\0')
            break;
        int r = ping_host(host);
        printf("%s: %s\n", host, r > 0 ? "up" : "down");
        printf("host> ");
        fflush(stdout);
    }
    return 0;
}
