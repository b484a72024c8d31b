/*
 * taint.secret-exposure: credentials printed, logged or put on another
 * program's command line, next to look-alikes that only say whether a
 * credential is set, or print ordinary settings.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <unistd.h>

void debug_auth(void)
{
    const char *token = getenv("GITHUB_TOKEN");
    if (token)
        fprintf(stderr, "auth: using token %s\n", token); // $ Alert[taint.secret-exposure]
}

void audit_login(void)
{
    const char *pw = getenv("DB_PASSWORD");
    syslog(LOG_INFO, "connecting with password %s", pw ? pw : ""); // $ Alert[taint.secret-exposure]
}

int push_with_token(void)
{
    const char *token = getenv("NPM_TOKEN");
    if (!token)
        return -1;
    return execlp("npm", "npm", "publish", "--token", token, (char *)NULL); // $ Alert[taint.secret-exposure]
}

void report_auth_state(void)
{
    const char *token = getenv("GITHUB_TOKEN");
    printf("auth: token %s\n", token ? "set" : "not set");
    fprintf(stderr, "auth: token length %zu\n", token ? strlen(token) : (size_t)0);
}

void show_settings(void)
{
    const char *home = getenv("HOME");
    const char *lang = getenv("LANG");
    printf("home=%s lang=%s\n", home ? home : "?", lang ? lang : "?");
}
