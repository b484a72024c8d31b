// blind-expect: taint.search-path
// Job runner that prepares the environment from a config file and then starts the configured job.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>

#define JOB_CONF "/etc/jobrunner/job.conf"

struct job {
    char name[64];
    char command[256];
    char lib_dir[256];
    char bin_dir[256];
};

static void strip(char *s)
{
    s[strcspn(s, "\r\n")] = '\0';
}

static int read_job(const char *path, struct job *j)
{
    FILE *fp = fopen(path, "r");
    if (!fp)
        return -1;
    char line[512];
    while (fgets(line, sizeof line, fp)) {
        strip(line);
        char *eq = strchr(line, '=');
        if (!eq || line[0] == '#')
            continue;
        *eq = '\0';
        const char *v = eq + 1;
        if (!strcmp(line, "name"))
            snprintf(j->name, sizeof j->name, "%s", v);
        else if (!strcmp(line, "command"))
            snprintf(j->command, sizeof j->command, "%s", v);
        else if (!strcmp(line, "library_dir"))
            snprintf(j->lib_dir, sizeof j->lib_dir, "%s", v);
        else if (!strcmp(line, "bin_dir"))
            snprintf(j->bin_dir, sizeof j->bin_dir, "%s", v);
    }
    fclose(fp);
    return 0;
}

static void prepare_env(const struct job *j)
{
    if (j->lib_dir[0])
        setenv("LD_LIBRARY_PATH", j->lib_dir, 1);
    if (j->bin_dir[0]) {
        char path[1024];
        const char *old = getenv("PATH");
        snprintf(path, sizeof path, "%s:%s", j->bin_dir, old ? old : "/usr/bin:/bin");
        setenv("PATH", path, 1);
    }
}

int main(void)
{
    struct job j;
    memset(&j, 0, sizeof j);
    if (read_job(JOB_CONF, &j) != 0 || !j.command[0]) {
        fprintf(stderr, "invalid job config\n");
        return 1;
    }
    prepare_env(&j);
    pid_t pid = fork();
    if (pid == 0) {
        execlp("run-job", "run-job", j.name, (char *)NULL);
        _exit(127);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    printf("job %s exited with %d\n", j.name, WEXITSTATUS(status));
    return 0;
}
