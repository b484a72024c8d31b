/*
 * taint.path-injection (model rows): freopen() redirecting a standard stream
 * to a path from the environment or a config file, and fdopen() wrapping a
 * descriptor from open() whose lines name further files. Look-alikes:
 * redirection to fixed paths, and a numeric field parsed with strtof().
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int redirect_errors(void)
{
    const char *log = getenv("ERROR_LOG");
    if (!log)
        return 0;
    return freopen(log, "a", stderr) ? 0 : -1; // $ Alert[taint.path-injection]
}

FILE *open_included(void)
{
    char inc[256];
    int fd = open("/etc/app/includes.conf", O_RDONLY);
    FILE *conf = fd < 0 ? NULL : fdopen(fd, "r");
    if (!conf)
        return NULL;
    if (!fgets(inc, sizeof(inc), conf)) {
        fclose(conf);
        return NULL;
    }
    fclose(conf);
    inc[strcspn(inc, "\n")] = '\0';
    return fopen(inc, "r"); // $ Alert[taint.path-injection]
}

int replay_input(FILE *session)
{
    char path[256];
    if (!fgets(path, sizeof(path), session))
        return -1;
    path[strcspn(path, "\n")] = '\0';
    return freopen(path, "r", stdin) ? 0 : -1; // $ Alert[taint.path-injection]
}

int daemonize_streams(void)
{
    if (!freopen("/dev/null", "r", stdin))
        return -1;
    if (!freopen("/var/log/app/daemon.out", "a", stdout))
        return -1;
    return freopen("/var/log/app/daemon.err", "a", stderr) ? 0 : -1;
}

float read_threshold(void)
{
    char field[32];
    int fd = open("/etc/app/threshold", O_RDONLY);
    FILE *f = fd < 0 ? NULL : fdopen(fd, "r");
    if (!f)
        return 0.0f;
    float t = fgets(field, sizeof(field), f) ? strtof(field, NULL) : 0.5f;
    fclose(f);
    char path[64];
    snprintf(path, sizeof(path), "/var/lib/app/t-%.2f.state", t);
    FILE *state = fopen(path, "w");
    if (state)
        fclose(state);
    return t;
}
