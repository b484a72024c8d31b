// taint.path-injection: file names kept in a global array of strings (a
// char ** grown with realloc) by one function and opened by another: the
// names are two dereferences below the global. A name from the environment
// (bad); a second array filled with constant names only (safe).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char **cfg_files;
int cfg_count;
char **default_files;
int default_count;

void add_cfg(const char *path)
{
    cfg_files = realloc(cfg_files, (cfg_count + 1) * sizeof *cfg_files);
    cfg_files[cfg_count++] = strdup(path);
}

void add_default(const char *path)
{
    default_files = realloc(default_files, (default_count + 1) * sizeof *default_files);
    default_files[default_count++] = strdup(path);
}

void load_all(void)
{
    for (int i = 0; i < cfg_count; i++) {
        FILE *f = fopen(cfg_files[i], "r"); // $ Alert[taint.path-injection]
        if (f)
            fclose(f);
    }
    for (int i = 0; i < default_count; i++) {
        FILE *f = fopen(default_files[i], "r");
        if (f)
            fclose(f);
    }
}

int main(void)
{
    const char *conf = getenv("APP_CONFIG");
    if (conf)
        add_cfg(conf);
    add_default("/etc/app.conf");
    load_all();
    return 0;
}
