// blind-expect: behavior.persistence
// Shell integration installer that adds the tool's init line to the user's shell startup files.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define INIT_LINE "[ -f \"$HOME/.qtool/init.sh\" ] && . \"$HOME/.qtool/init.sh\"\n"

static const char *startup_files[] = { ".bashrc", ".zshrc", ".profile" };

static int already_installed(const char *path)
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

static int append_init(const char *path)
{
    FILE *fp = fopen(path, "a");
    if (!fp)
        return -1;
    fputs("\n# added by qtool\n", fp);
    fputs(INIT_LINE, fp);
    fclose(fp);
    return 0;
}

static int write_init_script(const char *home)
{
    char dir[512], path[600];
    snprintf(dir, sizeof dir, "%s/.qtool", home);
    mkdir(dir, 0755);
    snprintf(path, sizeof path, "%s/init.sh", dir);
    FILE *fp = fopen(path, "w");
    if (!fp)
        return -1;
    fprintf(fp, "export PATH=\"%s/bin:$PATH\"\n", dir);
    fprintf(fp, "qtool sync --quiet >/dev/null 2>&1 &\n");
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
    if (write_init_script(home) != 0) {
        perror("init.sh");
        return 1;
    }
    int changed = 0;
    for (size_t i = 0; i < sizeof startup_files / sizeof startup_files[0]; i++) {
        char path[512];
        snprintf(path, sizeof path, "%s/%s", home, startup_files[i]);
        struct stat st;
        if (stat(path, &st) != 0)
            continue;
        if (already_installed(path))
            continue;
        if (append_init(path) == 0) {
            printf("updated %s\n", path);
            changed++;
        }
    }
    printf("%d startup file(s) updated\n", changed);
    return 0;
}
