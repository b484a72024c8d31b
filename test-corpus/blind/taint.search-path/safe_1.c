// blind-expect: none
// Build wrapper that resets PATH to a fixed trusted value before running the project's build.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TRUSTED_PATH "/usr/local/bin:/usr/bin:/bin"

int main(int argc, char **argv)
{
    int verbose = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-v") == 0)
            verbose = 1;
    }
    if (setenv("PATH", TRUSTED_PATH, 1) != 0) {
        perror("setenv");
        return 1;
    }
    unsetenv("LD_PRELOAD");
    unsetenv("LD_LIBRARY_PATH");
    if (verbose)
        printf("PATH=%s\n", TRUSTED_PATH);
    int rc = system(verbose ? "make -j2 V=1 all" : "make -j2 all");
    if (rc != 0) {
        fprintf(stderr, "build failed (%d)\n", rc);
        return 1;
    }
    puts("build ok");
    return 0;
}
