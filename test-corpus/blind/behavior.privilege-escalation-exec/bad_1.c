// blind-expect: behavior.privilege-escalation-exec
// Setuid helper that lets desktop users restart the network service from a tray applet.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *allowed[] = { "networking", "NetworkManager", "wpa_supplicant" };

static int is_allowed(const char *svc)
{
    for (size_t i = 0; i < sizeof allowed / sizeof allowed[0]; i++)
        if (strcmp(svc, allowed[i]) == 0)
            return 1;
    return 0;
}

int main(int argc, char **argv)
{
    char cmd[128];
    const char *svc = argc > 1 ? argv[1] : "networking";

    if (!is_allowed(svc)) {
        fprintf(stderr, "service %s not allowed\n", svc);
        return 1;
    }
    if (setgid(0) != 0 || setuid(0) != 0) {
        perror("cannot become root");
        return 1;
    }
    snprintf(cmd, sizeof cmd, "/usr/sbin/service %s restart", svc);
    int rc = system(cmd);
    printf("restart of %s finished with status %d\n", svc, rc);
    return rc == 0 ? 0 : 1;
}
