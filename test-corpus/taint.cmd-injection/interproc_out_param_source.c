/*
 * taint.cmd-injection, interprocedural: helpers fill the caller's buffer
 * through an out-parameter (`char *out, size_t n`) from standard input, from
 * a socket and, one level further down, from the environment. Look-alikes:
 * an out-parameter helper that writes only a constant, and one that reads a
 * line but then overwrites the whole buffer with a constant.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/socket.h>

static void read_cmd(char *out, size_t n)
{
    if (!fgets(out, (int)n, stdin))
        out[0] = '\0';
    out[strcspn(out, "\n")] = '\0';
}

static int recv_cmd(int sock, char *out, size_t n)
{
    ssize_t got = recv(sock, out, n - 1, 0);
    if (got <= 0)
        return -1;
    out[got] = '\0';
    return 0;
}

static void copy_env(const char *name, char *out, size_t n)
{
    const char *v = getenv(name);
    snprintf(out, n, "%s", v ? v : "");
}

/* Two levels: the out-parameter is forwarded to copy_env(). */
static void load_hook(char *out, size_t n)
{
    copy_env("DEPLOY_HOOK", out, n);
}

static void default_cmd(char *out, size_t n)
{
    snprintf(out, n, "%s", "systemctl status app");
}

static void prompt_then_default(char *out, size_t n)
{
    printf("command [ignored, using default]: ");
    fflush(stdout);
    if (fgets(out, (int)n, stdin))
        fprintf(stderr, "ignoring input\n");
    strcpy(out, "uptime");
}

int interactive_shell(void)
{
    char cmd[256];
    read_cmd(cmd, sizeof(cmd));
    return system(cmd); // $ Alert[taint.cmd-injection]
}

int remote_exec(int sock)
{
    char cmd[256];
    if (recv_cmd(sock, cmd, sizeof(cmd)) < 0)
        return -1;
    return system(cmd); // $ Alert[taint.cmd-injection]
}

int run_deploy_hook(void)
{
    char hook[256];
    FILE *out;
    load_hook(hook, sizeof(hook));
    out = popen(hook, "r"); // $ Alert[taint.cmd-injection]
    return out ? pclose(out) : -1;
}

int show_status(void)
{
    char cmd[256];
    default_cmd(cmd, sizeof(cmd));
    return system(cmd);
}

int show_uptime(void)
{
    char cmd[64];
    prompt_then_default(cmd, sizeof(cmd));
    return system(cmd);
}
