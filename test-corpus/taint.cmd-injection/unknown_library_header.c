/*
 * taint.cmd-injection in a program whose library header is not installed
 * (acme/jobs.h exists nowhere): Clang parses on without it, Sluice declares
 * what the uses show (job_t a type, JOB_RUN a constant) and parses again, so
 * the function taking a job_t * keeps its flow from the caller's getenv.
 * The safe look-alike runs a fixed command for the other kind of job.
 */
#include <stdio.h>
#include <stdlib.h>
#include <acme/jobs.h> // $ Notification[tu-missing-headers]

struct request {
    job_t *job;
    char spec[256];
};

static int run_job(job_t *job, const char *spec)
{
    char cmd[512];
    snprintf(cmd, sizeof cmd, "/usr/bin/runner --spec %s", spec);
    if (job_kind(job) == JOB_RUN)
        return system(cmd); // $ Alert[taint.cmd-injection]
    return system("/usr/bin/runner --idle");
}

int main(void)
{
    struct request req;
    req.job = job_open("default");
    const char *spec = getenv("JOB_SPEC");
    snprintf(req.spec, sizeof req.spec, "%s", spec ? spec : "");
    return run_job(req.job, req.spec);
}
