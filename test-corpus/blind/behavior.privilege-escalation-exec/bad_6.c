// blind-expect: behavior.privilege-escalation-exec
// Setuid wrapper that lets members of the ops team restart one of the application services.
#include <grp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

static const char *allowed_services[] = { "appserver", "worker", "scheduler" };

static int service_allowed(const char *name)
{
    for (size_t i = 0; i < sizeof allowed_services / sizeof allowed_services[0]; i++)
        if (strcmp(allowed_services[i], name) == 0)
            return 1;
    return 0;
}

static int caller_in_group(const char *group)
{
    struct group *gr = getgrnam(group);
    if (!gr)
        return 0;
    gid_t groups[64];
    int n = getgroups(64, groups);
    for (int i = 0; i < n; i++)
        if (groups[i] == gr->gr_gid)
            return 1;
    return getgid() == gr->gr_gid;
}

static void become_root(void)
{
    if (setgid(0) != 0 || setuid(0) != 0) {
        perror("cannot switch to root");
        exit(1);
    }
}

int main(int argc, char **argv)
{
    if (argc != 3 || (strcmp(argv[1], "restart") && strcmp(argv[1], "status"))) {
        fprintf(stderr, "usage: %s restart|status <service>\n", argv[0]);
        return 2;
    }
    if (!caller_in_group("ops")) {
        fprintf(stderr, "not permitted\n");
        return 1;
    }
    if (!service_allowed(argv[2])) {
        fprintf(stderr, "unknown service %s\n", argv[2]);
        return 1;
    }
    become_root();
    char unit[64];
    snprintf(unit, sizeof unit, "%s.service", argv[2]);
    execl("/usr/bin/systemctl", "systemctl", argv[1], unit, (char *)NULL);
    perror("execl");
    return 1;
}
