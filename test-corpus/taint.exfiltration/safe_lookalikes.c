/*
 * taint.exfiltration, safe look-alikes: none of these may be reported.
 * Constant strings sent over a socket, env values only printed or compared,
 * file content copied to a regular file fd (not a socket) or to stdout, only
 * a number derived with strtol sent, and a status buffer overwritten with a
 * constant before sending.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/socket.h>

int send_hello(int sock)
{
    static const char hello[] = "HELLO v1\r\n";
    return send(sock, hello, sizeof(hello) - 1, 0) < 0 ? -1 : 0;
}

/* The user name is printed locally; only a constant goes out. */
void connect_banner(int sock)
{
    const char *user = getenv("USER");

    printf("connected as %s\n", user ? user : "unknown");
    send(sock, "READY\n", 6, 0);
}

/* The env value only selects one of two constant messages. */
int send_mode(int sock)
{
    const char *env = getenv("APP_ENV");
    const char *msg = "MODE prod\n";

    if (env && strcmp(env, "staging") == 0)
        msg = "MODE staging\n";
    return send(sock, msg, strlen(msg), 0) < 0 ? -1 : 0;
}

/* Copy the config to a backup file: write() on a regular file fd. */
int backup_config(void)
{
    char buf[4096];
    ssize_t n;
    int in = open("/etc/app/config.json", O_RDONLY);
    int out = open("/var/backups/config.json", O_WRONLY | O_CREAT | O_TRUNC, 0600);

    if (in < 0 || out < 0)
        return -1;
    while ((n = read(in, buf, sizeof(buf))) > 0)
        write(out, buf, (size_t)n);
    close(in);
    close(out);
    return 0;
}

/* Only the parsed queue depth is reported. */
int send_queue_depth(int sock)
{
    char line[64];
    char msg[64];
    long depth = 0;
    FILE *fp = fopen("/var/spool/app/depth", "r");

    if (fp) {
        if (fgets(line, sizeof(line), fp))
            depth = strtol(line, NULL, 10);
        fclose(fp);
    }
    snprintf(msg, sizeof(msg), "depth=%ld\n", depth);
    return send(sock, msg, strlen(msg), 0) < 0 ? -1 : 0;
}

/* The raw status is read for logging, then replaced by a fixed summary. */
int send_status_line(int sock)
{
    char status[128];
    FILE *fp = fopen("/var/run/app.status", "r");

    if (fp) {
        if (fgets(status, sizeof(status), fp))
            fprintf(stderr, "local status: %s", status);
        fclose(fp);
    }
    /* the raw status can contain internal host names; send a summary */
    strcpy(status, "STATUS ok\n");
    return send(sock, status, strlen(status), 0) < 0 ? -1 : 0;
}

/* Print a token hint to the terminal: fd 1 is not a socket. */
void print_token_hint(void)
{
    const char *token = getenv("API_TOKEN");

    if (token && strlen(token) > 4)
        write(STDOUT_FILENO, token, 4);
    write(STDOUT_FILENO, "...\n", 4);
}
