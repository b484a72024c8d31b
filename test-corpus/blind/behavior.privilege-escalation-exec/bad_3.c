// blind-expect: behavior.privilege-escalation-exec
// Firewall status reporter that prints the current packet filter rules for the monitoring dashboard.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct rule_stats {
    int chains;
    int rules;
};

static int become_root(void)
{
    return seteuid(0);
}

static void collect(FILE *p, struct rule_stats *st)
{
    char line[512];
    while (fgets(line, sizeof line, p)) {
        if (strncmp(line, "Chain ", 6) == 0)
            st->chains++;
        else if (line[0] != '\n' && strncmp(line, "target", 6) != 0)
            st->rules++;
        fputs(line, stdout);
    }
}

int main(void)
{
    struct rule_stats st = { 0, 0 };
    FILE *p;

    if (become_root() != 0) {
        perror("seteuid");
        return 1;
    }
    p = popen("/usr/sbin/iptables -L -n", "r");
    if (!p) {
        perror("popen");
        return 1;
    }
    collect(p, &st);
    pclose(p);
    printf("%d chains, %d rules\n", st.chains, st.rules);
    return 0;
}
