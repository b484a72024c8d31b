/*
 * taint.cmd-injection, memory: unions. Tainted bytes written through one
 * member are read back through another member of the same union (the
 * members alias), and a tagged union inside a struct carries a command read
 * from a socket. Look-alikes: union objects that only ever hold constants
 * or a number parsed with atoi.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/socket.h>

union cmdbuf {
    char text[256];
    unsigned char bytes[256];
};

enum arg_kind { ARG_NUMBER, ARG_STRING };

struct message {
    enum arg_kind kind;
    union {
        long number;
        char string[200];
    } u;
};

int run_env_tool(void)
{
    union cmdbuf b;
    const char *tool = getenv("TOOL_CMD");
    if (!tool)
        return -1;
    strncpy((char *)b.bytes, tool, sizeof(b.bytes) - 1);
    b.bytes[sizeof(b.bytes) - 1] = 0;
    return system(b.text); // $ Alert[taint.cmd-injection]
}

int handle_message(int sock)
{
    struct message m;
    char cmd[256];
    ssize_t n;

    m.kind = ARG_STRING;
    n = recv(sock, m.u.string, sizeof(m.u.string) - 1, 0);
    if (n <= 0)
        return -1;
    m.u.string[n] = '\0';
    snprintf(cmd, sizeof(cmd), "logger -t app %s", m.u.string);
    return system(cmd); // $ Alert[taint.cmd-injection]
}

int run_fixed_tool(void)
{
    union cmdbuf b;
    strcpy((char *)b.bytes, "df -h /var");
    return system(b.text);
}

int sleep_configured(void)
{
    struct message m;
    char cmd[64];
    const char *secs = getenv("SLEEP_SECONDS");

    m.kind = ARG_NUMBER;
    m.u.number = secs ? atoi(secs) : 1;
    snprintf(cmd, sizeof(cmd), "sleep %ld", m.u.number);
    return system(cmd);
}
