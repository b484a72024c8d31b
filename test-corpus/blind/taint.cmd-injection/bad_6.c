// blind-expect: taint.cmd-injection
// Backup helper that reads its settings from a config file and runs the configured compressor on a directory.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>

#define CONF_PATH "/etc/backupd.conf"

struct backup_conf {
    char source[256];
    char dest[256];
    char compressor[128];
    int keep;
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

static int load_conf(const char *path, struct backup_conf *conf)
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
        char *key = trim(p);
        char *val = trim(eq + 1);
        if (strcmp(key, "source") == 0)
            snprintf(conf->source, sizeof conf->source, "%s", val);
        else if (strcmp(key, "dest") == 0)
            snprintf(conf->dest, sizeof conf->dest, "%s", val);
        else if (strcmp(key, "compressor") == 0)
            snprintf(conf->compressor, sizeof conf->compressor, "%s", val);
        else if (strcmp(key, "keep") == 0)
            conf->keep = atoi(val);
    }
    fclose(fp);
    return 0;
}

static int run_backup(const struct backup_conf *conf)
{
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "tar cf - '%s' | %s > '%s/backup.tar.z'",
             conf->source, conf->compressor, conf->dest);
    printf("running: %s\n", cmd);
    return system(cmd);
}

int main(void)
{
    struct backup_conf conf;
    memset(&conf, 0, sizeof conf);
    strcpy(conf.compressor, "gzip -c");
    conf.keep = 7;

    if (load_conf(CONF_PATH, &conf) != 0) {
        fprintf(stderr, "cannot read %s\n", CONF_PATH);
        return 1;
    }
    if (conf.source[0] == '\0' || conf.dest[0] == '\0') {
        fprintf(stderr, "source and dest are required\n");
        return 1;
    }
    int rc = run_backup(&conf);
    if (rc != 0) {
        fprintf(stderr, "backup failed (%d)\n", rc);
        return 1;
    }
    printf("backup done, keeping %d copies\n", conf.keep);
    return 0;
}
