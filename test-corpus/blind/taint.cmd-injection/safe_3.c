// blind-expect: none
// Backup helper that reads its settings from a config file and runs one of a fixed set of compressors.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>

#define CONF_PATH "/etc/backupd.conf"

struct compressor {
    const char *name;
    const char *command;
};

static const struct compressor compressors[] = {
    { "gzip",  "tar cf - /srv/data | gzip -c > /var/backups/data.tar.gz" },
    { "bzip2", "tar cf - /srv/data | bzip2 -c > /var/backups/data.tar.bz2" },
    { "xz",    "tar cf - /srv/data | xz -c > /var/backups/data.tar.xz" },
};

static char *trim(char *s)
{
    while (isspace((unsigned char)*s))
        s++;
    char *end = s + strlen(s);
    while (end > s && isspace((unsigned char)end[-1]))
        *--end = '\0';
    return s;
}

static int load_choice(const char *path, char *out, size_t outlen)
{
    FILE *fp = fopen(path, "r");
    if (!fp)
        return -1;
    char line[512];
    while (fgets(line, sizeof line, fp)) {
        char *p = trim(line);
        if (*p == '#' || *p == '\0')
            continue;
        char *eq = strchr(p, '=');
        if (!eq)
            continue;
        *eq = '\0';
        if (strcmp(trim(p), "compressor") == 0)
            snprintf(out, outlen, "%s", trim(eq + 1));
    }
    fclose(fp);
    return 0;
}

static const struct compressor *lookup(const char *name)
{
    for (size_t i = 0; i < sizeof compressors / sizeof compressors[0]; i++) {
        if (strcmp(compressors[i].name, name) == 0)
            return &compressors[i];
    }
    return NULL;
}

int main(void)
{
    char choice[64] = "gzip";
    if (load_choice(CONF_PATH, choice, sizeof choice) != 0)
        fprintf(stderr, "no config, using defaults\n");

    const struct compressor *c = lookup(choice);
    if (!c) {
        fprintf(stderr, "unsupported compressor '%s'\n", choice);
        return 1;
    }
    printf("using %s\n", c->name);
    int rc = system(c->command);
    if (rc != 0) {
        fprintf(stderr, "backup failed (%d)\n", rc);
        return 1;
    }
    return 0;
}
