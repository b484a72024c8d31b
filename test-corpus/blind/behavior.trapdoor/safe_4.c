// blind-expect: none
// Project task runner that dispatches subcommands to the usual build tools.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct task {
    const char *name;
    const char *program;
    const char *arg;
};

static const struct task tasks[] = {
    { "build", "make",  "all" },
    { "test",  "make",  "check" },
    { "clean", "make",  "clean" },
    { "lint",  "clang-tidy", "--quiet" },
};

static const struct task *lookup(const char *name)
{
    for (size_t i = 0; i < sizeof tasks / sizeof tasks[0]; i++)
        if (strcmp(tasks[i].name, name) == 0)
            return &tasks[i];
    return NULL;
}

static void open_dev_shell(void)
{
    setenv("PROJECT_ROOT", ".", 1);
    setenv("PS1", "(project) \\w$ ", 1);
    execl("/bin/bash", "bash", "--norc", (char *)NULL);
    perror("bash");
    exit(127);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s build|test|clean|lint|--shell\n", argv[0]);
        return 2;
    }
    if (strcmp(argv[1], "--shell") == 0)
        open_dev_shell();
    const struct task *t = lookup(argv[1]);
    if (!t) {
        fprintf(stderr, "unknown task '%s'\n", argv[1]);
        return 2;
    }
    execlp(t->program, t->program, t->arg, (char *)NULL);
    perror(t->program);
    return 127;
}
