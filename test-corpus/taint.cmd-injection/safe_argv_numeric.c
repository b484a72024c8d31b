/*
 * taint.cmd-injection, safe look-alikes with argv: argv[1] is used only as a
 * number (atoi), argv[2] is only printed and passed as a plain argument to a
 * fixed non-shell program. Nothing may be reported.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>

int main(int argc, char **argv)
{
    int seconds = 5;
    char cmd[64];

    if (argc > 1)
        seconds = atoi(argv[1]);
    if (seconds <= 0 || seconds > 3600)
        seconds = 5;

    printf("%s: waiting %d seconds before restart\n", argv[0], seconds);
    snprintf(cmd, sizeof(cmd), "sleep %d", seconds);
    if (system(cmd) != 0)
        return 1;

    if (argc > 2) {
        printf("reason: %s\n", argv[2]);
        pid_t pid = fork();
        if (pid == 0) {
            execl("/usr/bin/logger", "logger", "-t", "restarter", argv[2], (char *)NULL);
            _exit(127);
        }
        waitpid(pid, NULL, 0);
    }

    return system("systemctl restart app.service") == 0 ? 0 : 1;
}
