// blind-expect: none
// Developer task runner that dispatches subcommands such as build, test and shell.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static int run(const char *prog, char *const argv[])
{
    pid_t pid = fork();
    if (pid == 0) {
        execvp(prog, argv);
        perror(prog);
        _exit(127);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}

static int cmd_build(void)
{
    char *const args[] = { "make", "-j4", NULL };
    return run("make", args);
}

static int cmd_test(void)
{
    char *const args[] = { "ctest", "--output-on-failure", NULL };
    return run("ctest", args);
}

static int cmd_shell(void)
{
    setenv("DEVENV_ACTIVE", "1", 1);
    char *const args[] = { "sh", "-i", NULL };
    return run("/bin/sh", args);
}

static void usage(const char *prog)
{
    fprintf(stderr, "usage: %s build|test|shell\n", prog);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(argv[0]);
        return 2;
    }
    if (strcmp(argv[1], "build") == 0)
        return cmd_build();
    if (strcmp(argv[1], "test") == 0)
        return cmd_test();
    if (strcmp(argv[1], "shell") == 0)
        return cmd_shell();
    usage(argv[0]);
    return 2;
}
