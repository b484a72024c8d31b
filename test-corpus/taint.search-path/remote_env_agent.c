/*
 * taint.search-path: a job agent that receives "KEY=VALUE" environment
 * settings from its controller over a socket before starting a job.
 * Passing a received line to putenv, or a received value to setenv for
 * LD_PRELOAD or IFS, lets the peer inject code into the job; the look-alikes
 * set an ordinary variable from the value and keep PATH fixed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static int recv_line(int sock, char *buf, size_t n)
{
    ssize_t got = recv(sock, buf, n - 1, 0);
    if (got <= 0)
        return -1;
    buf[got] = '\0';
    buf[strcspn(buf, "\r\n")] = '\0';
    return 0;
}

int apply_settings(int sock)
{
    char line[512], key[64];
    while (recv_line(sock, line, sizeof(line)) == 0 && line[0] != '\0') {
        const char *eq = strchr(line, '=');
        size_t klen = eq ? (size_t)(eq - line) : 0;
        if (!eq || klen >= sizeof(key))
            continue;
        memcpy(key, line, klen);
        key[klen] = '\0';
        const char *value = eq + 1;
        if (strcmp(key, "PRELOAD") == 0)
            setenv("LD_PRELOAD", value, 1); // $ Alert[taint.search-path]
        else if (strcmp(key, "SEPARATOR") == 0)
            setenv("IFS", value, 1); // $ Alert[taint.search-path]
        else if (strcmp(key, "JOB_NAME") == 0)
            setenv("JOB_NAME", value, 1);
        else if (strcmp(key, "RAW") == 0)
            putenv(strdup(value)); // $ Alert[taint.search-path]
    }
    return setenv("PATH", "/usr/local/bin:/usr/bin:/bin", 1);
}

/* Older controllers send one "LD_LIBRARY_PATH=..." line; split it in place. */
int apply_legacy(int sock)
{
    char line[512];
    if (recv_line(sock, line, sizeof(line)) != 0)
        return -1;
    char *eq = strchr(line, '=');
    if (!eq)
        return -1;
    *eq = '\0';
    if (strcmp(line, "LD_LIBRARY_PATH") == 0)
        return setenv("LD_LIBRARY_PATH", eq + 1, 1); // $ Alert[taint.search-path]
    return -1;
}

int main(int argc, char **argv)
{
    int sock = socket(AF_INET, SOCK_STREAM, 0);
    if (sock < 0)
        return 1;
    if (argc > 1 && strcmp(argv[1], "--legacy") == 0)
        apply_legacy(sock);
    else
        apply_settings(sock);
    close(sock);
    execl("/usr/local/bin/run-job", "run-job", (char *)NULL);
    return 127;
}
