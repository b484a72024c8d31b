/*
 * taint.cmd-injection (model rows): functions returning a pointer into their
 * argument. A line of a job file is split with strtok(), searched with
 * strstr()/strrchr()/strpbrk()/memchr(), and the piece is run. Look-alikes:
 * a field converted with strtol()/atof(), and a strstr() result used only as
 * a yes/no answer. strtok(NULL, ...) and strtok_r(NULL, ..., &save) go on
 * in the string an earlier call was given (the `state` access path); a new
 * string given to strtok replaces the one kept.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int run_job_line(FILE *jobs)
{
    char line[256];
    if (!fgets(line, sizeof(line), jobs))
        return -1;
    char *command = strtok(line, "#\n");
    return command ? system(command) : -1; // $ Alert[taint.cmd-injection]
}

int run_named_job(FILE *jobs)
{
    char line[256];
    if (!fgets(line, sizeof(line), jobs))
        return -1;
    char *name = strtok(line, "=");
    char *command = strtok(NULL, "\n");
    if (!name || !command)
        return -1;
    printf("job %s\n", name);
    return system(command); // $ Alert[taint.cmd-injection]
}

int run_after_marker(FILE *jobs)
{
    char line[256];
    if (!fgets(line, sizeof(line), jobs))
        return -1;
    char *cmd = strstr(line, "exec:");
    return cmd ? system(cmd + 5) : -1; // $ Alert[taint.cmd-injection]
}

void start_tool(FILE *manifest)
{
    char path[256];
    if (!fgets(path, sizeof(path), manifest))
        return;
    path[strcspn(path, "\n")] = '\0';
    const char *slash = strrchr(path, '/');
    const char *tool = slash ? slash + 1 : path;
    execlp(tool, tool, "--version", (char *)NULL); // $ Alert[taint.cmd-injection]
}

int run_record(FILE *spool)
{
    char rec[128];
    size_t n = fread(rec, 1, sizeof(rec) - 1, spool);
    rec[n] = '\0';
    char *colon = memchr(rec, ':', n);
    char *sep = strpbrk(rec, " \t");
    if (!colon || !sep)
        return -1;
    return system(colon + 1); // $ Alert[taint.cmd-injection]
}

int nice_job(FILE *jobs)
{
    char line[128], cmd[64];
    if (!fgets(line, sizeof(line), jobs))
        return -1;
    char *prio = strtok(line, ",");
    char *load = strtok(NULL, ",");
    long p = prio ? strtol(prio, NULL, 10) : 10;
    double l = load ? atof(load) : 1.0;
    snprintf(cmd, sizeof(cmd), "renice -n %ld -p 1 # %.1f", p, l);
    return system(cmd);
}

int maybe_reload(FILE *cfg)
{
    char line[128];
    if (!fgets(line, sizeof(line), cfg))
        return -1;
    if (strstr(line, "reload=yes") == NULL)
        return 0;
    return system("systemctl reload nginx");
}

int run_second_field(FILE *jobs)
{
    char line[256], *save = NULL;
    if (!fgets(line, sizeof(line), jobs))
        return -1;
    char *name = strtok_r(line, " ", &save);
    char *command = strtok_r(NULL, "\n", &save);
    if (!name || !command)
        return -1;
    return system(command); // $ Alert[taint.cmd-injection]
}

/* Look-alike: the tokens of a job line are printed; a fixed command line is
   then split with strtok, which forgets the job line. */
int run_fixed_after_listing(FILE *jobs)
{
    char line[256];
    if (!fgets(line, sizeof(line), jobs))
        return -1;
    for (char *t = strtok(line, " \n"); t; t = strtok(NULL, " \n"))
        printf("field %s\n", t);
    char fixed[] = "uptime -p", *save = NULL;
    char *prog = strtok(fixed, " ");
    char *flag = strtok_r(prog ? fixed : NULL, " ", &save);
    return prog && flag ? system(prog) : -1;
}

/* The rest of a "name=command" line, taken where it is run. */
int run_tail(FILE *jobs)
{
    char line[256];
    char *name = fgets(line, sizeof(line), jobs) ? strtok(line, "=") : NULL;
    return name ? system(strtok(NULL, "\n")) : -1; // $ Alert[taint.cmd-injection]
}

int run_tail_r(FILE *jobs)
{
    char line[256], *save = NULL;
    char *name = fgets(line, sizeof(line), jobs) ? strtok_r(line, "=", &save) : NULL;
    return name ? system(strtok_r(NULL, "\n", &save)) : -1; // $ Alert[taint.cmd-injection]
}
