/*
 * taint.cmd-injection, safe exec look-alikes: none of these may be reported.
 * A fixed non-shell program (execl /bin/ls, execlp grep) gets tainted data as
 * an ordinary argument, and a shell runs a fixed script file with the tainted
 * value as a positional parameter (no "-c"). At most argument injection,
 * which is not command injection under our model.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Fixed programs; the tainted value is an ordinary argument. */
void list_directory(void)
{
    const char *dir = getenv("LIST_DIR");

    if (!dir)
        return;
    if (fork() == 0) {
        execl("/bin/ls", "ls", "-l", "--", dir, (char *)NULL);
        _exit(127);
    }
}

void search_log(void)
{
    char pattern[128];

    if (!fgets(pattern, sizeof(pattern), stdin))
        return;
    pattern[strcspn(pattern, "\n")] = '\0';
    if (fork() == 0) {
        execlp("grep", "grep", "-F", "--", pattern, "/var/log/app.log", (char *)NULL);
        _exit(127);
    }
}

/* A shell running a fixed script file: the value is a positional parameter. */
void run_backup_script(void)
{
    const char *target = getenv("BACKUP_TARGET");

    if (!target)
        return;
    if (fork() == 0) {
        execl("/bin/sh", "sh", "/usr/local/lib/backup.sh", target, (char *)NULL);
        _exit(127);
    }
}
