/*
 * taint.format-string: outside text used as a printf format, next to the
 * same text passed as an argument of a constant format.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <sys/socket.h>

void echo_request(int sock)
{
    char msg[256];
    ssize_t n = recv(sock, msg, sizeof(msg) - 1, 0);
    if (n <= 0)
        return;
    msg[n] = '\0';
    printf(msg); // $ Alert[taint.format-string]
    printf("%s", msg);
}

void log_banner(void)
{
    const char *banner = getenv("APP_BANNER");
    char line[128];
    if (!banner)
        return;
    syslog(LOG_NOTICE, banner); // $ Alert[taint.format-string]
    snprintf(line, sizeof(line), "%s", banner);
    syslog(LOG_NOTICE, "%s", line);
}

void prompt_name(void)
{
    char name[64];
    if (!fgets(name, sizeof(name), stdin))
        return;
    name[strcspn(name, "\n")] = '\0';
    fprintf(stderr, name); // $ Alert[taint.format-string]
    fprintf(stderr, "hello, %s\n", name);
}
