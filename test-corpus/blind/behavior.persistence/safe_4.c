// blind-expect: none
// Account audit tool that reports SSH keys and shell startup settings.
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct audit {
    int ssh_keys;
    int rc_aliases;
    int rc_exports;
};

static void scan_keys(const char *home, struct audit *a)
{
    char path[512], line[4096];
    snprintf(path, sizeof path, "%s/.ssh/authorized_keys", home);
    FILE *f = fopen(path, "r");
    if (!f)
        return;
    while (fgets(line, sizeof line, f))
        if (line[0] != '#' && line[0] != '\n')
            a->ssh_keys++;
    fclose(f);
}

static void scan_rc(const char *home, struct audit *a)
{
    char path[512], line[1024];
    snprintf(path, sizeof path, "%s/.bashrc", home);
    FILE *f = fopen(path, "r");
    if (!f)
        return;
    while (fgets(line, sizeof line, f)) {
        if (strncmp(line, "alias ", 6) == 0)
            a->rc_aliases++;
        else if (strncmp(line, "export ", 7) == 0)
            a->rc_exports++;
    }
    fclose(f);
}

int main(void)
{
    struct passwd *pw = getpwuid(getuid());
    const char *home = pw ? pw->pw_dir : NULL;
    struct audit a = {0, 0, 0};
    if (!home) {
        fprintf(stderr, "cannot determine home directory\n");
        return 1;
    }
    scan_keys(home, &a);
    scan_rc(home, &a);
    FILE *out = fopen("/tmp/account-audit.txt", "w");
    if (!out)
        out = stdout;
    fprintf(out, "authorized keys: %d\n", a.ssh_keys);
    fprintf(out, "bashrc aliases:  %d\n", a.rc_aliases);
    fprintf(out, "bashrc exports:  %d\n", a.rc_exports);
    if (out != stdout)
        fclose(out);
    return 0;
}
