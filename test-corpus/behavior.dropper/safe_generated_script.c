/*
 * behavior.dropper, safe look-alike: a build tool writes a small wrapper
 * script it generates itself from constants (no network at all), marks it
 * executable with chmod 0755 and runs it. Writing, chmod +x and exec of the
 * same file, but nothing was downloaded.
 */
#include <stdio.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#define WRAPPER "build/run-tests.sh"

int main(void)
{
    FILE *f = fopen(WRAPPER, "w");
    if (!f)
        return 1;
    fputs("#!/bin/sh\nset -e\n", f);
    fputs("export LD_LIBRARY_PATH=build/lib\n", f);
    fputs("exec build/bin/unit-tests --output=build/test-results.xml \"$@\"\n", f);
    fclose(f);
    if (chmod(WRAPPER, 0755) != 0)
        return 1;
    pid_t pid = fork();
    if (pid == 0) {
        execl(WRAPPER, "run-tests.sh", (char *)NULL);
        _exit(127);
    }
    int status;
    waitpid(pid, &status, 0);
    return WEXITSTATUS(status);
}
