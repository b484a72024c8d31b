/*
 * taint.secret-exposure: a download tool that looks up credentials in
 * ~/.netrc (path from getpwuid()->pw_dir joined with strcpy/strcat) and logs
 * the matching line to syslog and stderr; the look-alikes log only the host
 * and whether an entry was found. dump_netrc() opens the file through a
 * helper that returns the stream.
 */
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <unistd.h>

static FILE *open_netrc(void)
{
    char path[512];
    struct passwd *pw = getpwuid(getuid());
    if (!pw || strlen(pw->pw_dir) > sizeof(path) - 16)
        return NULL;
    snprintf(path, sizeof(path), "%s/.netrc", pw->pw_dir);
    return fopen(path, "r");
}

int find_login(const char *host, int debug)
{
    char path[512], line[512];
    int found = 0;
    struct passwd *pw = getpwuid(getuid());
    if (!pw || strlen(pw->pw_dir) > sizeof(path) - 16)
        return 0;
    strcpy(path, pw->pw_dir);
    strcat(path, "/.netrc");
    FILE *fp = fopen(path, "r");
    if (!fp)
        return 0;
    openlog("fetchit", LOG_PID, LOG_USER);
    while (fgets(line, sizeof(line), fp)) {
        if (!strstr(line, host))
            continue;
        found = 1;
        if (debug) {
            syslog(LOG_DEBUG, "netrc entry: %s", line); // $ Alert[taint.secret-exposure]
            fprintf(stderr, line); // $ Alert[taint.format-string] Alert[taint.secret-exposure]
        }
    }
    fclose(fp);
    syslog(LOG_INFO, "credentials for %s: %s", host, found ? "found" : "not found");
    fprintf(stderr, "netrc: %d matching entries for %s\n", found, host);
    closelog();
    return found;
}

void dump_netrc(void)
{
    char line[512];
    FILE *fp = open_netrc();
    if (!fp)
        return;
    while (fgets(line, sizeof(line), fp))
        fputs(line, stderr); // $ MISSING: Alert[taint.secret-exposure]
    fclose(fp);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: fetchit HOST | fetchit --dump\n");
        return 2;
    }
    if (strcmp(argv[1], "--dump") == 0) {
        dump_netrc();
        return 0;
    }
    return find_login(argv[1], getenv("FETCHIT_DEBUG") != NULL) ? 0 : 1;
}
