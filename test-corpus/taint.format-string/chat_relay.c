/*
 * taint.format-string: a tiny chat relay that logs what clients send. The
 * received line used as the format of syslog, dprintf or sprintf is a
 * format-string flaw; the look-alikes pass it as an argument, and choose
 * between constant formats.
 */
#include <stdio.h>
#include <string.h>
#include <syslog.h>
#include <sys/socket.h>
#include <unistd.h>

static const char *const kFormats[] = { "<%s> %s\n", "* %s %s\n" };

void relay_line(int client, int log_fd, const char *nick)
{
    char buf[512], out[1024];
    ssize_t n = recv(client, buf, sizeof(buf) - 1, 0);
    if (n <= 0)
        return;
    buf[n] = '\0';
    buf[strcspn(buf, "\r\n")] = '\0';

    syslog(LOG_INFO, buf); // $ Alert[taint.format-string]
    dprintf(log_fd, buf); // $ Alert[taint.format-string]
    sprintf(out, buf); // $ Alert[taint.format-string]

    syslog(LOG_INFO, "%s: %s", nick, buf);
    dprintf(log_fd, "%s\n", buf);
    int action = strncmp(buf, "/me ", 4) == 0;
    snprintf(out, sizeof(out), kFormats[action], nick, action ? buf + 4 : buf);
    fputs(out, stdout);
}

int serve(int listener)
{
    int log_fd = dup(STDERR_FILENO);
    openlog("relay", LOG_PID, LOG_DAEMON);
    for (;;) {
        int client = accept(listener, NULL, NULL);
        if (client < 0)
            break;
        relay_line(client, log_fd, "guest");
        close(client);
    }
    closelog();
    close(log_fd);
    return 0;
}
