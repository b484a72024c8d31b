/*
 * behavior.trapdoor: a maintenance console with a hard-coded password. A line
 * read from standard input is compared with a constant with strcmp(); when it
 * matches, the program replaces itself with an interactive /bin/sh.
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static void show_status(void)
{
    puts("status: all services running");
}

int main(void)
{
    char line[128];

    printf("console> ");
    fflush(stdout);
    while (fgets(line, sizeof(line), stdin)) {
        line[strcspn(line, "\n")] = '\0';
        if (strcmp(line, "xyzzy-42") == 0)
            execl("/bin/sh", "sh", "-i", (char *)NULL); // $ Alert[behavior.trapdoor]
        if (strcmp(line, "status") == 0)
            show_status();
        printf("console> ");
        fflush(stdout);
    }
    return 0;
}
