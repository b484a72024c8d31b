// blind-expect: taint.secret-exposure
// Database migration runner that applies SQL files with the mysql client using credentials from the environment.
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define MIGRATIONS_DIR "/opt/app/migrations"

struct db_settings {
    const char *host;
    const char *user;
    const char *password;
    const char *schema;
};

static void load_settings(struct db_settings *s)
{
    s->host = getenv("DB_HOST");
    s->user = getenv("DB_USER");
    s->password = getenv("DB_PASSWORD");
    s->schema = getenv("DB_NAME");
    if (!s->host) s->host = "127.0.0.1";
    if (!s->user) s->user = "app";
    if (!s->schema) s->schema = "app";
}

static int apply_file(const struct db_settings *s, const char *sqlfile)
{
    char pwopt[256];
    snprintf(pwopt, sizeof pwopt, "--password=%s", s->password ? s->password : "");
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        FILE *in = freopen(sqlfile, "r", stdin);
        if (!in)
            _exit(126);
        execlp("mysql", "mysql", "-h", s->host, "-u", s->user, pwopt, s->schema, (char *)NULL);
        _exit(127);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

static int cmp_names(const struct dirent **a, const struct dirent **b)
{
    return strcmp((*a)->d_name, (*b)->d_name);
}

int main(void)
{
    struct db_settings s;
    load_settings(&s);

    struct dirent **list;
    int n = scandir(MIGRATIONS_DIR, &list, NULL, cmp_names);
    if (n < 0) {
        perror("scandir");
        return 1;
    }
    int failed = 0;
    for (int i = 0; i < n; i++) {
        const char *name = list[i]->d_name;
        size_t len = strlen(name);
        if (len > 4 && strcmp(name + len - 4, ".sql") == 0 && !failed) {
            char path[512];
            snprintf(path, sizeof path, "%s/%s", MIGRATIONS_DIR, name);
            printf("applying %s\n", name);
            if (apply_file(&s, path) != 0)
                failed = 1;
        }
        free(list[i]);
    }
    free(list);
    return failed;
}
