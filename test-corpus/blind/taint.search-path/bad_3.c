// blind-expect: taint.search-path
// CI job runner that reads the job's PATH setting from a job file, then runs the configured build tool.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

struct job {
    char name[64];
    char path_env[600];
    char tool[64];
};

static int parse_job(const char *file, struct job *j)
{
    char line[512];
    FILE *fp = fopen(file, "r");
    if (!fp)
        return -1;
    strcpy(j->name, "unnamed");
    strcpy(j->tool, "make");
    j->path_env[0] = '\0';
    while (fgets(line, sizeof line, fp)) {
        line[strcspn(line, "\n")] = '\0';
        if (strncmp(line, "name: ", 6) == 0)
            snprintf(j->name, sizeof j->name, "%s", line + 6);
        else if (strncmp(line, "path: ", 6) == 0)
            snprintf(j->path_env, sizeof j->path_env, "PATH=%s", line + 6);
        else if (strncmp(line, "tool: ", 6) == 0)
            snprintf(j->tool, sizeof j->tool, "%s", line + 6);
    }
    fclose(fp);
    return 0;
}

static struct job g_job;

int main(int argc, char **argv)
{
    if (argc < 2 || parse_job(argv[1], &g_job) != 0) {
        fprintf(stderr, "usage: %s JOBFILE\n", argv[0]);
        return 2;
    }
    if (g_job.path_env[0])
        putenv(g_job.path_env);
    printf("job %s: running %s\n", g_job.name, g_job.tool);
    pid_t pid = fork();
    if (pid == 0) {
        execlp(g_job.tool[0] == 'n' ? "ninja" : "make", "build", (char *)NULL);
        _exit(127);
    }
    int st = 0;
    waitpid(pid, &st, 0);
    return WIFEXITED(st) ? WEXITSTATUS(st) : 1;
}
