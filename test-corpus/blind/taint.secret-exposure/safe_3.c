// blind-expect: none
// Database migration runner that applies SQL files with the mysql client, passing the password through a private option file.
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#define MIGRATIONS_DIR "/opt/app/migrations"

static int write_option_file(char *path, size_t len)
{
    snprintf(path, len, "/tmp/migrate-XXXXXX");
    int fd = mkstemp(path);
    if (fd < 0)
        return -1;
    fchmod(fd, 0600);
    FILE *fp = fdopen(fd, "w");
    const char *pw = getenv("DB_PASSWORD");
    fprintf(fp, "[client]\npassword=%s\n", pw ? pw : "");
    fclose(fp);
    return 0;
}

static int apply_file(const char *optfile, const char *sqlfile)
{
    char opt[300];
    snprintf(opt, sizeof opt, "--defaults-extra-file=%s", optfile);
    pid_t pid = fork();
    if (pid == 0) {
        if (!freopen(sqlfile, "r", stdin))
            _exit(126);
        execlp("mysql", "mysql", opt, "-h", "127.0.0.1", "-u", "app", "app", (char *)NULL);
        _exit(127);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

int main(void)
{
    char optfile[64];
    if (write_option_file(optfile, sizeof optfile) != 0) {
        perror("option file");
        return 1;
    }
    printf("password %s\n", getenv("DB_PASSWORD") ? "provided" : "not provided");
    DIR *d = opendir(MIGRATIONS_DIR);
    if (!d) {
        unlink(optfile);
        return 1;
    }
    struct dirent *e;
    int failed = 0;
    while ((e = readdir(d)) != NULL && !failed) {
        size_t len = strlen(e->d_name);
        if (len <= 4 || strcmp(e->d_name + len - 4, ".sql") != 0)
            continue;
        char path[512];
        snprintf(path, sizeof path, "%s/%s", MIGRATIONS_DIR, e->d_name);
        printf("applying %s\n", e->d_name);
        failed = apply_file(optfile, path) != 0;
    }
    closedir(d);
    unlink(optfile);
    return failed;
}
