// Persistence: a new crontab is fed to `crontab -` through a pipe (crontab
// reads the whole table from its standard input and installs it).
#include <stdio.h>

static const char *const kEntries[] = {
    "@reboot /home/user/.local/bin/sync-agent --quiet",
    "*/15 * * * * /home/user/.local/bin/sync-agent --poll",
};

int install_schedule(void) {
    FILE *cron = popen("crontab -", "w"); // $ Alert[behavior.persistence]
    if (!cron)
        return -1;
    for (size_t i = 0; i < sizeof kEntries / sizeof kEntries[0]; ++i)
        fprintf(cron, "%s\n", kEntries[i]);
    return pclose(cron);
}

int main(void) { return install_schedule() == 0 ? 0 : 1; }
