/*
 * taint.cmd-injection: input read with fscanf, fgetc, getc and scanf that
 * only ever reaches numbers, comparisons and output (safe), next to one
 * received message and one dprintf-logged secret that do reach sinks.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>
#include <wchar.h>

int count_lines(FILE *fp)
{
    int c, lines = 0;
    while ((c = fgetc(fp)) != EOF)
        lines += c == '\n';
    while ((c = getc(fp)) != EOF)
        lines += c == '\n';
    return lines;
}

int read_port(FILE *cfg)
{
    char key[32];
    int port = 0;
    if (fscanf(cfg, "%31s %d", key, &port) != 2)
        return -1;
    printf("%s is set\n", strcmp(key, "port") == 0 ? "port" : "something");
    return port;
}

int ask_count(void)
{
    int n = 0;
    if (scanf("%d", &n) != 1)
        return 0;
    return n > 0 ? n : 0;
}

int show_wide_title(void)
{
    char title[64];
    wcstombs(title, L"Report", sizeof(title));
    return system("uptime") + (int)strlen(title);
}

int run_received(int sock)
{
    char cmd[128];
    struct iovec iov = {cmd, sizeof(cmd) - 1};
    struct msghdr msg;
    memset(&msg, 0, sizeof(msg));
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    ssize_t n = recvmsg(sock, &msg, 0);
    if (n <= 0)
        return -1;
    cmd[n] = '\0';
    return system(cmd); // $ Alert[taint.cmd-injection]
}

void log_status(void)
{
    const char *token = getenv("DEPLOY_TOKEN");
    const char *stage = getenv("DEPLOY_STAGE");
    dprintf(STDERR_FILENO, "deploying with %s\n", token ? token : "-"); // $ Alert[taint.secret-exposure]
    dprintf(STDERR_FILENO, "stage %s\n", stage ? stage : "-");
    putenv("TZ=UTC");
}
