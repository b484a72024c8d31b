// blind-expect: none
// Job runner that resets the search path to system directories and starts the job named in its config file.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>

#define JOB_CONF "/etc/jobrunner/job.conf"

struct job {
    char name[64];
    char owner[64];
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
        else if (!strcmp(line, "owner"))
            snprintf(j->owner, sizeof j->owner, "%s", v);
    }
    fclose(fp);
    return 0;
}

static void prepare_env(const struct job *j)
{
    unsetenv("LD_LIBRARY_PATH");
    unsetenv("LD_PRELOAD");
    setenv("PATH", "/usr/local/bin:/usr/bin:/bin", 1);
    setenv("JOB_NAME", j->name, 1);
    setenv("JOB_OWNER", j->owner, 1);
}

int main(void)
{
    struct job j;
    memset(&j, 0, sizeof j);
    if (read_job(JOB_CONF, &j) != 0 || !j.name[0]) {
        fprintf(stderr, "invalid job config\n");
        return 1;
    }
    prepare_env(&j);
    pid_t pid = fork();
    if (pid == 0) {
        execl("/usr/bin/run-job", "run-job", j.name, (char *)NULL);
        _exit(127);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    printf("job %s exited with %d\n", j.name, WEXITSTATUS(status));
    return 0;
}
