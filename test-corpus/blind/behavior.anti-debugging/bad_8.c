// blind-expect: behavior.anti-debugging
// License validator for a commercial command-line data export tool.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct license {
    char owner[128];
    char key[64];
    int seats;
};

static int environment_ok(void)
{
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    int ok = 1;
    if (!f)
        return 1;
    while (fgets(line, sizeof line, f)) {
        if (strncmp(line, "TracerPid:", 10) == 0) {
            ok = atoi(line + 10) == 0;
            break;
        }
    }
    fclose(f);
    return ok;
}

static int load_license(const char *path, struct license *lic)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    int n = fscanf(f, "%127[^\n]\n%63s\n%d", lic->owner, lic->key, &lic->seats);
    fclose(f);
    return n == 3 ? 0 : -1;
}

static int key_valid(const struct license *lic)
{
    unsigned sum = 0;
    for (const char *p = lic->key; *p; p++)
        sum = sum * 31 + (unsigned char)*p;
    return (sum % 97) == (unsigned)(lic->seats % 97);
}

int check_license(const char *path)
{
    struct license lic;
    if (!environment_ok()) {
        fprintf(stderr, "internal error 0x1f\n");
        exit(3);
    }
    if (load_license(path, &lic) != 0 || !key_valid(&lic))
        return 0;
    printf("licensed to %s (%d seats)\n", lic.owner, lic.seats);
    return 1;
}

int main(int argc, char **argv)
{
    const char *path = argc > 1 ? argv[1] : "/etc/dataexport/license.key";
    if (!check_license(path)) {
        fprintf(stderr, "no valid license found\n");
        return 1;
    }
    puts("export engine ready");
    return 0;
}
