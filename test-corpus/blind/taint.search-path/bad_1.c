// blind-expect: taint.search-path
// Build wrapper that lets the caller choose a toolchain directory and then runs the project's build.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void use_toolchain(const char *bindir)
{
    char newpath[1024];
    const char *old = getenv("PATH");
    snprintf(newpath, sizeof newpath, "%s:%s", bindir, old ? old : "/usr/bin:/bin");
    if (setenv("PATH", newpath, 1) != 0)
        perror("setenv");
}

int main(int argc, char **argv)
{
    const char *toolchain = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--toolchain") == 0 && i + 1 < argc)
            toolchain = argv[++i];
    }
    if (toolchain) {
        printf("using toolchain in %s\n", toolchain);
        use_toolchain(toolchain);
    }
    int rc = system("make -j2 all");
    if (rc != 0) {
        fprintf(stderr, "build failed (%d)\n", rc);
        return 1;
    }
    puts("build ok");
    return 0;
}
