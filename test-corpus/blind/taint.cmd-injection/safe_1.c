// blind-expect: none
// CLI tool that runs one of a fixed set of maintenance commands chosen by name on the command line.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct action {
    const char *name;
    const char *command;
};

static const struct action actions[] = {
    { "disk",    "df -h /" },
    { "memory",  "free -m" },
    { "uptime",  "uptime" },
    { "clean",   "rm -rf /tmp/myapp-cache" },
};

static const struct action *find_action(const char *name)
{
    for (size_t i = 0; i < sizeof actions / sizeof actions[0]; i++) {
        if (strcmp(actions[i].name, name) == 0)
            return &actions[i];
    }
    return NULL;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s disk|memory|uptime|clean\n", argv[0]);
        return 2;
    }
    const struct action *a = find_action(argv[1]);
    if (!a) {
        fprintf(stderr, "unknown action\n");
        return 2;
    }
    printf("running %s\n", a->name);
    return system(a->command) == 0 ? 0 : 1;
}
