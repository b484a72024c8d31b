/*
 * behavior.privilege-escalation-exec: across helpers. become_root() calls
 * setresuid(0, 0, 0); a later helper opens a pipe to a command with popen().
 * The entry point first becomes root and then runs the command.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <unistd.h>

static int become_root(void)
{
    return setresuid(0, 0, 0);
}

static void dump_firewall(void)
{
    char line[256];
    FILE *p = popen("iptables-save", "r"); // $ Alert[behavior.privilege-escalation-exec]

    if (!p)
        return;
    while (fgets(line, sizeof(line), p))
        fputs(line, stdout);
    pclose(p);
}

int main(void)
{
    if (become_root() != 0) {
        perror("setresuid");
        return 1;
    }
    dump_firewall();
    return 0;
}
