/*
 * behavior.persistence: a daemon that installs itself as a systemd service
 * on first run: it writes a unit file under /etc/systemd/system and runs
 * systemctl daemon-reload and enable --now through system().
 */
#include <stdio.h>
#include <stdlib.h>

#define UNIT_PATH "/etc/systemd/system/netmon-agent.service"

static int write_unit(void)
{
    FILE *f = fopen(UNIT_PATH, "w"); // $ Alert[behavior.persistence]
    if (!f)
        return -1;
    fprintf(f,
            "[Unit]\nDescription=Network monitor agent\nAfter=network-online.target\n\n"
            "[Service]\nExecStart=/usr/local/sbin/netmon-agent\nRestart=always\n\n"
            "[Install]\nWantedBy=multi-user.target\n");
    return fclose(f);
}

int main(void)
{
    if (write_unit() != 0) {
        perror(UNIT_PATH);
        return 1;
    }
    if (system("systemctl daemon-reload") != 0)
        return 1;
    return system("systemctl enable --now netmon-agent.service"); // $ Alert[behavior.persistence]
}
