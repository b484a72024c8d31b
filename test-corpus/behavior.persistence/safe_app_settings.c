/*
 * behavior.persistence, safe look-alike: an editor saves its settings to
 * ~/.config/quill/settings.ini (XDG_CONFIG_HOME when set). A file under
 * ~/.config, built from the environment, but not an autostart entry, a
 * shell start-up file or a unit.
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

struct settings {
    int font_size;
    int tab_width;
    const char *theme;
};

static int save_settings(const struct settings *s)
{
    char dir[512], path[600];
    const char *xdg = getenv("XDG_CONFIG_HOME");
    const char *home = getenv("HOME");

    if (xdg && *xdg)
        snprintf(dir, sizeof(dir), "%s/quill", xdg);
    else if (home)
        snprintf(dir, sizeof(dir), "%s/.config/quill", home);
    else
        return -1;
    mkdir(dir, 0755); // $ Alert[taint.path-injection]
    snprintf(path, sizeof(path), "%s/settings.ini", dir);
    FILE *f = fopen(path, "w"); // $ Alert[taint.path-injection]
    if (!f)
        return -1;
    fprintf(f, "[editor]\nfont_size=%d\ntab_width=%d\ntheme=%s\n", s->font_size, s->tab_width, s->theme);
    return fclose(f);
}

int main(void)
{
    struct settings s = {12, 4, "solarized"};
    return save_settings(&s) == 0 ? 0 : 1;
}
