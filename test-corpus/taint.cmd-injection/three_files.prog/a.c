/*
 * three_files.prog / a.c: where jobs come from. job_from_env() returns an
 * environment value two calls deep; job_from_file() fills the caller's
 * buffer from the first line of a job file. builtin_job() is a constant.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "jobs.h"

static const char *env_job_raw(void)
{
    const char *j = getenv("NEXT_JOB");
    return j ? j : getenv("DEFAULT_JOB");
}

const char *job_from_env(void)
{
    const char *j = env_job_raw();
    return (j && *j) ? j : NULL;
}

int job_from_file(const char *path, char *out, size_t n)
{
    FILE *fp = fopen(path, "r");
    if (!fp)
        return -1;
    if (!fgets(out, (int)n, fp)) {
        fclose(fp);
        return -1;
    }
    fclose(fp);
    out[strcspn(out, "\n")] = '\0';
    return 0;
}

const char *builtin_job(void)
{
    return "logrotate /etc/logrotate.conf";
}
