// blind-expect: none
// Setup helper that checks whether the shell startup files load the tool and writes the tool's own settings file.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static const char *startup_files[] = { ".bashrc", ".zshrc", ".profile" };

static int mentions_tool(const char *path)
{
    FILE *fp = fopen(path, "r");
    if (!fp)
        return 0;
    char line[1024];
    int found = 0;
    while (!found && fgets(line, sizeof line, fp))
        found = strstr(line, ".qtool/init.sh") != NULL;
    fclose(fp);
    return found;
}

static int write_settings(const char *home)
{
    char dir[512], path[600];
    snprintf(dir, sizeof dir, "%s/.config/qtool", home);
    mkdir(dir, 0700);
    snprintf(path, sizeof path, "%s/settings.ini", dir);
    FILE *fp = fopen(path, "w");
    if (!fp)
        return -1;
    fprintf(fp, "[general]\ncolor=auto\npager=less\n");
    fclose(fp);
    return 0;
}

int main(void)
{
    const char *home = getenv("HOME");
    if (!home) {
        fprintf(stderr, "HOME not set\n");
        return 1;
    }
    if (write_settings(home) != 0)
        perror("settings.ini");
    int loaded = 0;
    for (size_t i = 0; i < sizeof startup_files / sizeof startup_files[0]; i++) {
        char path[512];
        snprintf(path, sizeof path, "%s/%s", home, startup_files[i]);
        if (mentions_tool(path)) {
            printf("%s loads qtool\n", path);
            loaded = 1;
        }
    }
    if (!loaded) {
        printf("qtool is not loaded by your shell. To enable it, add this line to ~/.bashrc:\n");
        printf("  . \"$HOME/.qtool/init.sh\"\n");
    }
    return 0;
}
