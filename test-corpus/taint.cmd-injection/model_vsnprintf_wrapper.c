/*
 * taint.cmd-injection (model rows): vsnprintf() and vsprintf() behind
 * printf-style helpers, the usual way a program formats a command line.
 * The tainted value is a variadic argument of the helper and reaches the
 * buffer through va_list. Look-alikes: the same helpers formatting only
 * literals, and a number parsed with atoll()/strtoll().
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int run_fmt(const char *fmt, ...)
{
    char cmd[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(cmd, sizeof(cmd), fmt, ap);
    va_end(ap);
    return system(cmd); // $ Alert[taint.cmd-injection]
}

static void format_cmd(char *out, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsprintf(out, fmt, ap);
    va_end(ap);
}

int convert_image(void)
{
    const char *img = getenv("INPUT_IMAGE");
    if (!img)
        return -1;
    return run_fmt("convert %s -resize 50%% /tmp/thumb.png", img);
}

int mount_share(FILE *fstab_extra)
{
    char share[128], cmd[256];
    if (!fgets(share, sizeof(share), fstab_extra))
        return -1;
    share[strcspn(share, "\n")] = '\0';
    format_cmd(cmd, "mount -t cifs %s /mnt/share", share);
    return system(cmd); // $ Alert[taint.cmd-injection]
}

int rotate_logs(void)
{
    char cmd[128];
    format_cmd(cmd, "logrotate -f %s", "/etc/logrotate.d/app");
    return system(cmd);
}

int trim_journal(void)
{
    const char *keep = getenv("JOURNAL_KEEP_MB");
    long long mb = keep ? atoll(keep) : 100;
    long long days = strtoll(getenv("JOURNAL_KEEP_DAYS") ? getenv("JOURNAL_KEEP_DAYS") : "7", NULL, 10);
    char cmd[128];
    format_cmd(cmd, "journalctl --vacuum-size=%lldM --vacuum-time=%lldd", mb, days);
    return system(cmd);
}
