/*
 * taint.cmd-injection: interactive user input from stdin (fgets on stdin,
 * scanf, read on STDIN_FILENO) built into a shell command.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Ask for a package name and install it. */
int install_package_interactive(void)
{
    char pkg[128];
    char cmd[256];

    printf("package to install: ");
    fflush(stdout);
    if (!fgets(pkg, sizeof(pkg), stdin))
        return -1;
    pkg[strcspn(pkg, "\n")] = '\0';
    snprintf(cmd, sizeof(cmd), "apt-get install -y %s", pkg);
    return system(cmd); // $ Alert[taint.cmd-injection]
}

/* Search the system log for a word typed by the user. */
int grep_logs(void)
{
    char pattern[100];
    char cmd[256];
    char line[512];
    FILE *p;

    printf("search for: ");
    fflush(stdout);
    if (scanf("%99s", pattern) != 1)
        return -1;
    sprintf(cmd, "grep -n '%s' /var/log/syslog", pattern);
    p = popen(cmd, "r"); // $ Alert[taint.cmd-injection]
    if (!p)
        return -1;
    while (fgets(line, sizeof(line), p))
        fputs(line, stdout);
    return pclose(p);
}

/* `echo "make test" | runner` : run whatever is piped in. */
int run_piped_command(void)
{
    char buf[256];
    ssize_t n = read(STDIN_FILENO, buf, sizeof(buf) - 1);

    if (n <= 0)
        return -1;
    buf[n] = '\0';
    return system(buf); // $ Alert[taint.cmd-injection]
}
