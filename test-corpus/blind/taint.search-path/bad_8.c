// blind-expect: taint.search-path
// Build wrapper that selects an SDK toolchain from the project config and compiles.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct toolchain {
    char sdk_root[512];
    char compiler[64];
};

static void trim(char *s)
{
    s[strcspn(s, "\r\n")] = '\0';
}

static int load_toolchain(const char *conf, struct toolchain *tc)
{
    FILE *f = fopen(conf, "r");
    char line[600];
    if (!f)
        return -1;
    strcpy(tc->compiler, "cc");
    tc->sdk_root[0] = '\0';
    while (fgets(line, sizeof line, f)) {
        trim(line);
        if (strncmp(line, "sdk_root=", 9) == 0)
            snprintf(tc->sdk_root, sizeof tc->sdk_root, "%s", line + 9);
        else if (strncmp(line, "compiler=gcc", 12) == 0)
            strcpy(tc->compiler, "gcc");
    }
    fclose(f);
    return tc->sdk_root[0] ? 0 : -1;
}

static void activate(const struct toolchain *tc)
{
    char path[2048];
    const char *old = getenv("PATH");
    snprintf(path, sizeof path, "%s/bin:%s", tc->sdk_root, old ? old : "/usr/bin:/bin");
    setenv("PATH", path, 1);
    char libs[600];
    snprintf(libs, sizeof libs, "%s/lib", tc->sdk_root);
    setenv("LD_LIBRARY_PATH", libs, 1);
}

int main(int argc, char **argv)
{
    struct toolchain tc;
    if (load_toolchain("./toolchain.conf", &tc) != 0) {
        fprintf(stderr, "toolchain.conf missing or has no sdk_root\n");
        return 1;
    }
    activate(&tc);
    if (argc < 2) {
        fprintf(stderr, "usage: %s source.c...\n", argv[0]);
        return 2;
    }
    argv[0] = tc.compiler;
    execvp(tc.compiler, argv);
    perror("exec");
    return 127;
}
