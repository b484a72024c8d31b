// blind-expect: taint.library-load
// Application bootstrapper that loads every extension module listed in its modules config file.
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

#define MAX_MODULES 16

struct module {
    char path[256];
    void *handle;
};

static struct module g_modules[MAX_MODULES];
static int g_module_count;

static void read_module_list(const char *conf)
{
    char line[300];
    FILE *fp = fopen(conf, "r");
    if (!fp)
        return;
    while (g_module_count < MAX_MODULES && fgets(line, sizeof line, fp)) {
        line[strcspn(line, "\r\n")] = '\0';
        if (line[0] == '\0' || line[0] == '#')
            continue;
        snprintf(g_modules[g_module_count].path, sizeof g_modules[0].path, "%s", line);
        g_module_count++;
    }
    fclose(fp);
}

static int load_all(void)
{
    int ok = 0;
    for (int i = 0; i < g_module_count; i++) {
        g_modules[i].handle = dlopen(g_modules[i].path, RTLD_NOW | RTLD_GLOBAL);
        if (g_modules[i].handle)
            ok++;
        else
            fprintf(stderr, "skip %s: %s\n", g_modules[i].path, dlerror());
    }
    return ok;
}

int main(int argc, char **argv)
{
    read_module_list(argc > 1 ? argv[1] : "/etc/myapp/modules.conf");
    int loaded = load_all();
    printf("%d/%d modules loaded\n", loaded, g_module_count);
    for (int i = 0; i < g_module_count; i++)
        if (g_modules[i].handle)
            dlclose(g_modules[i].handle);
    return 0;
}
