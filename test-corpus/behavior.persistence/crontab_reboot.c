/*
 * behavior.persistence: installs an @reboot entry for the running binary in
 * the user's crontab by piping the old crontab plus one line back into
 * crontab(1); the binary's own path comes from /proc/self/exe and is
 * spliced into the command with snprintf.
 */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int main(void)
{
    char self[1024], cmd[2048];
    ssize_t n = readlink("/proc/self/exe", self, sizeof(self) - 1);

    if (n <= 0)
        return 1;
    self[n] = '\0';
    snprintf(cmd, sizeof(cmd), "(crontab -l 2>/dev/null; echo '@reboot %s --quiet') | crontab -", self);
    return system(cmd); // $ Alert[behavior.persistence]
}
