/*
 * taint.exfiltration, feasibility: file-scope `static int` flags. A flag
 * initialised to 0 and never assigned anywhere in the program is always 0,
 * so the sends it guards are dead. Bad twins: a flag of the same shape that
 * IS assigned from the environment in another function, and a flag
 * initialised to 1.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/socket.h>

static int g_upload_env = 0;   /* never assigned */
static int g_share_history;    /* zero-initialised, never assigned */
static int g_verbose_sync = 0; /* assigned in parse_options() */
static int g_send_hostname = 1;

void parse_options(void)
{
    const char *v = getenv("SYNC_VERBOSE");
    if (v && strcmp(v, "1") == 0)
        g_verbose_sync = 1;
}

int send_environment(int sock)
{
    const char *path = getenv("PATH");
    if (g_upload_env && path)
        return send(sock, path, strlen(path), 0) < 0 ? -1 : 0;
    return 0;
}

int send_history(int sock)
{
    char line[512];
    FILE *fp;
    if (!g_share_history)
        return 0;
    fp = fopen("/root/.bash_history", "r");
    if (!fp)
        return -1;
    while (fgets(line, sizeof(line), fp))
        send(sock, line, strlen(line), 0);
    return fclose(fp);
}

int send_sync_details(int sock)
{
    const char *home = getenv("HOME");
    char msg[256];
    if (!g_verbose_sync || !home)
        return 0;
    snprintf(msg, sizeof(msg), "SYNC home=%s\n", home);
    return send(sock, msg, strlen(msg), 0) < 0 ? -1 : 0; // $ Alert[taint.exfiltration]
}

int send_hostname(int sock)
{
    const char *host = getenv("HOSTNAME");
    if (g_send_hostname && host)
        return send(sock, host, strlen(host), 0) < 0 ? -1 : 0; // $ Alert[taint.exfiltration]
    return 0;
}

int main(void)
{
    int sock = socket(AF_INET, SOCK_STREAM, 0);
    if (sock < 0)
        return 1;
    parse_options();
    send_environment(sock);
    send_history(sock);
    send_sync_details(sock);
    return send_hostname(sock);
}
