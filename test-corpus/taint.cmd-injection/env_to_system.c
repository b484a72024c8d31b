/*
 * taint.cmd-injection: environment variables (getenv / secure_getenv)
 * reaching system() and popen(), directly and after being formatted into a
 * command buffer with snprintf / strcat. A conditional fallback to a constant
 * does not remove the taint on the other path.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CMD_MAX 512

/* Open the user's preferred pager. */
int show_pager(void)
{
    const char *pager = getenv("PAGER");
    if (pager == NULL)
        return -1;
    return system(pager); // $ Alert[taint.cmd-injection]
}

/* Archive the data directory named by BACKUP_SRC. */
int run_backup(void)
{
    char cmd[CMD_MAX];
    const char *src = getenv("BACKUP_SRC");

    if (!src)
        src = "/var/lib/app";
    snprintf(cmd, sizeof(cmd), "tar -czf /tmp/backup.tgz %s", src);
    printf("running: %s\n", cmd);
    return system(cmd); // $ Alert[taint.cmd-injection]
}

/* Print the git revision of the checkout named by REPO_DIR. */
int print_revision(void)
{
    char cmd[CMD_MAX] = "git -C ";
    char line[128];
    const char *repo = secure_getenv("REPO_DIR");
    FILE *pipe;

    if (repo == NULL)
        return -1;
    strcat(cmd, repo);
    strcat(cmd, " rev-parse --short HEAD");
    pipe = popen(cmd, "r"); // $ Alert[taint.cmd-injection]
    if (!pipe)
        return -1;
    if (fgets(line, sizeof(line), pipe))
        printf("revision: %s", line);
    return pclose(pipe);
}

/* Send a desktop notification when a long job finishes. */
void notify_done(const char *job_name)
{
    char cmd[CMD_MAX];
    const char *notifier = getenv("NOTIFY_COMMAND");

    if (notifier == NULL || notifier[0] == '\0')
        return;
    snprintf(cmd, sizeof(cmd), "%s 'job %s finished'", notifier, job_name);
    if (system(cmd) != 0) // $ Alert[taint.cmd-injection]
        fprintf(stderr, "notification failed\n");
}
