// blind-expect: taint.path-injection
// Upload-directory janitor that reads its target directory from a config file, lists it and fixes permissions.
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static char g_upload_dir[256] = "/srv/uploads";
static int g_mode = 0640;

static void load_settings(const char *conf)
{
    char line[512];
    FILE *fp = fopen(conf, "r");
    if (!fp)
        return;
    while (fgets(line, sizeof line, fp)) {
        line[strcspn(line, "\n")] = '\0';
        if (strncmp(line, "upload_dir=", 11) == 0)
            snprintf(g_upload_dir, sizeof g_upload_dir, "%s", line + 11);
        else if (strncmp(line, "mode=", 5) == 0)
            g_mode = (int)strtol(line + 5, NULL, 8);
    }
    fclose(fp);
}

static int fix_permissions(void)
{
    char path[512];
    struct dirent *de;
    int fixed = 0;
    DIR *d = opendir(g_upload_dir);
    if (!d) {
        perror(g_upload_dir);
        return -1;
    }
    while ((de = readdir(d)) != NULL) {
        if (de->d_name[0] == '.')
            continue;
        snprintf(path, sizeof path, "%s/%s", g_upload_dir, de->d_name);
        if (chmod(path, (mode_t)g_mode) == 0)
            fixed++;
    }
    closedir(d);
    return fixed;
}

int main(void)
{
    load_settings("/etc/janitor.conf");
    int n = fix_permissions();
    if (n < 0)
        return 1;
    printf("updated %d entries in %s\n", n, g_upload_dir);
    return 0;
}
