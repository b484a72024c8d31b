/*
 * behavior.persistence, safe look-alike: a diagnostics command that shows
 * the user's scheduled jobs and enabled user services. It checks with
 * system("crontab -l ...") whether a crontab exists, then runs
 * "crontab -l" and "systemctl --user list-unit-files --state=enabled"
 * through popen and only prints what they say; nothing is installed.
 */
#include <stdio.h>
#include <stdlib.h>

static void show(const char *title, const char *cmd)
{
    char line[512];
    FILE *p = popen(cmd, "r");
    printf("== %s ==\n", title);
    if (!p)
        return;
    while (fgets(line, sizeof(line), p))
        fputs(line, stdout);
    pclose(p);
}

int main(void)
{
    if (system("crontab -l >/dev/null 2>&1") == 0)
        show("cron", "crontab -l");
    else
        puts("no crontab for this user");
    show("user services", "systemctl --user list-unit-files --state=enabled");
    return 0;
}
