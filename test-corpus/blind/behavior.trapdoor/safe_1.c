// blind-expect: none
// Front-end for a small build tool that dispatches to the subcommand named on the command line.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct command {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *help;
};

static int cmd_build(int argc, char **argv)
{
    printf("building %d target(s)\n", argc > 0 ? argc : 1);
    for (int i = 0; i < argc; i++)
        printf("  - %s\n", argv[i]);
    return 0;
}

static int cmd_clean(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    puts("removing build directory");
    return 0;
}

static int cmd_help(int argc, char **argv);

static const struct command commands[] = {
    { "build", cmd_build, "compile the given targets" },
    { "clean", cmd_clean, "remove build outputs" },
    { "help", cmd_help, "show this text" },
};

static int cmd_help(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        printf("  %-6s %s\n", commands[i].name, commands[i].help);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 2)
        return cmd_help(0, NULL);
    if (strcmp(argv[1], "--version") == 0) {
        puts("mkt 0.4.1");
        return 0;
    }
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++) {
        if (strcmp(argv[1], commands[i].name) == 0)
            return commands[i].run(argc - 2, argv + 2);
    }
    fprintf(stderr, "unknown command '%s'\n", argv[1]);
    return 2;
}
