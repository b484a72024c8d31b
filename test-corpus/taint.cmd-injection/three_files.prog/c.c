/*
 * three_files.prog / c.c: sinks and main(). run_job() is reached with the
 * environment job (through a.c and b.c), so its sink alerts; the popen() in
 * main() gets the job-file line back through traced() in b.c. Look-alikes:
 * run_maintenance() is only called with the constant builtin job (through
 * the same with_timeout()), and system(traced("sync")) gets a literal back.
 */
#include <stdio.h>
#include <stdlib.h>
#include "jobs.h"

int run_job(const char *cmd)
{
    return system(cmd); // $ Alert[taint.cmd-injection]
}

int run_maintenance(const char *cmd)
{
    int rc = system(cmd);
    if (rc != 0)
        fprintf(stderr, "maintenance failed: %d\n", rc);
    return rc;
}

int main(void)
{
    char line[256];
    const char *env_job = job_from_env();
    char *maint = with_timeout(builtin_job(), 600);
    int rc = 0;

    if (env_job) {
        char *cmd = with_timeout(env_job, 30);
        if (cmd)
            rc |= run_job(cmd);
        free(cmd);
    }
    if (job_from_file("/var/spool/jobs/next", line, sizeof(line)) == 0) {
        FILE *p = popen(traced(line), "r"); // $ Alert[taint.cmd-injection]
        if (p)
            rc |= pclose(p);
    }
    if (maint)
        rc |= run_maintenance(maint);
    free(maint);
    rc |= system(traced("sync"));
    return rc != 0;
}
