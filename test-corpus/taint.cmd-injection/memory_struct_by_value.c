/*
 * taint.cmd-injection, memory: a job description struct is filled from a
 * job file and passed BY VALUE (a copy) to the function that runs it; a
 * struct assignment copies it again. Look-alikes: a struct of the same type
 * filled only with constants passed to a different runner, and a by-value
 * struct whose only used field is the numeric priority set to a constant.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct job {
    char name[64];
    char command[256];
    int priority;
};

static int run_job(struct job j)
{
    char cmd[400];
    snprintf(cmd, sizeof(cmd), "nice -n %d %s", j.priority, j.command);
    return system(cmd); // $ Alert[taint.cmd-injection]
}

static int run_builtin(struct job j)
{
    printf("builtin job %s\n", j.name);
    return system(j.command);
}

static int renice_self(struct job j)
{
    char cmd[64];
    snprintf(cmd, sizeof(cmd), "renice -n %d -p 1", j.priority);
    return system(cmd);
}

static int load_job(FILE *fp, struct job *out)
{
    char line[256];
    if (!fgets(line, sizeof(line), fp))
        return -1;
    line[strcspn(line, "\n")] = '\0';
    snprintf(out->name, sizeof(out->name), "queued");
    snprintf(out->command, sizeof(out->command), "%s", line);
    out->priority = 10;
    return 0;
}

int run_queue(const char *queue_file)
{
    struct job j, copy;
    FILE *fp = fopen(queue_file, "r");
    int rc = 0;

    if (!fp)
        return -1;
    while (load_job(fp, &j) == 0) {
        copy = j;
        rc |= run_job(copy);
    }
    fclose(fp);
    return rc;
}

int run_housekeeping(void)
{
    struct job tmp = { "tmpclean", "find /tmp -mtime +7 -delete", 19 };
    struct job prio = { "prio", "", 5 };
    int rc = run_builtin(tmp);
    return rc | renice_self(prio);
}
