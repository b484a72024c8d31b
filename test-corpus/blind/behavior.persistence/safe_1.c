// blind-expect: none
// Lists the shell aliases defined in the user's ~/.bashrc.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>

static const char *skip_ws(const char *s)
{
    while (*s && isspace((unsigned char)*s))
        s++;
    return s;
}

int main(void)
{
    const char *home = getenv("HOME");
    if (!home)
        return 1;
    char path[512];
    snprintf(path, sizeof path, "%s/.bashrc", home);

    FILE *f = fopen(path, "r");
    if (!f) {
        perror(path);
        return 1;
    }
    char line[1024];
    int count = 0;
    while (fgets(line, sizeof line, f)) {
        const char *p = skip_ws(line);
        if (strncmp(p, "alias ", 6) != 0)
            continue;
        p = skip_ws(p + 6);
        const char *eq = strchr(p, '=');
        if (!eq)
            continue;
        printf("%-20.*s %s", (int)(eq - p), p, eq + 1);
        count++;
    }
    fclose(f);
    printf("%d aliases\n", count);
    return 0;
}
