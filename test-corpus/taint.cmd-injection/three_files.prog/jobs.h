/*
 * three_files.prog (taint.cmd-injection, multi-file): a job runner split
 * over three translation units. a.c reads jobs (environment, job file),
 * b.c wraps and passes commands through, c.c runs them and holds main().
 * Taint must cross file boundaries in both directions through these
 * declarations.
 */
#ifndef JOBS_H
#define JOBS_H

#include <stddef.h>

/* a.c: sources */
const char *job_from_env(void);
int job_from_file(const char *path, char *out, size_t n);
const char *builtin_job(void);

/* b.c: pass-through */
char *with_timeout(const char *cmd, int seconds);
const char *traced(const char *cmd);

/* c.c: sinks */
int run_job(const char *cmd);
int run_maintenance(const char *cmd);

#endif /* JOBS_H */
