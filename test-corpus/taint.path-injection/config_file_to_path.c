/*
 * taint.path-injection: file content (fgets, getline on a FILE* parameter,
 * fscanf, read() on a descriptor) used as a path for fopen(), unlink(),
 * remove() and open(). Writing '\0' into the buffer must not clear its taint.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>

/* The exporter writes to the file named by the "output=" config line. */
FILE *open_output_from_config(void)
{
    char line[512];
    FILE *cfg = fopen("/etc/exporter.conf", "r");
    FILE *out = NULL;

    if (!cfg)
        return NULL;
    while (fgets(line, sizeof(line), cfg)) {
        line[strcspn(line, "\r\n")] = '\0';
        if (strncmp(line, "output=", 7) == 0) {
            out = fopen(line + 7, "w"); // $ Alert[taint.path-injection]
            break;
        }
    }
    fclose(cfg);
    return out;
}

/* Delete every file listed (one per line) in a cleanup manifest. */
int purge_listed_files(FILE *manifest)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    int removed = 0;

    while ((len = getline(&line, &cap, manifest)) > 0) {
        if (line[len - 1] == '\n')
            line[len - 1] = '\0';
        if (unlink(line) == 0) // $ Alert[taint.path-injection]
            removed++;
    }
    free(line);
    return removed;
}

/* The worker state file records which lock file to drop on restart. */
int drop_stale_lock(void)
{
    char lockfile[256];
    int ok;
    FILE *fp = fopen("/var/run/worker.state", "r");

    if (!fp)
        return 0;
    ok = fscanf(fp, "lock %255s", lockfile) == 1;
    fclose(fp);
    if (!ok)
        return 0;
    return remove(lockfile); // $ Alert[taint.path-injection]
}

/* The agent publishes the path of its control FIFO in a small file. */
int open_control_fifo(void)
{
    char path[256];
    ssize_t n;
    int fd = open("/run/agent/control.path", O_RDONLY);

    if (fd < 0)
        return -1;
    n = read(fd, path, sizeof(path) - 1);
    close(fd);
    if (n <= 0)
        return -1;
    path[n] = '\0';
    path[strcspn(path, "\n")] = '\0';
    return open(path, O_WRONLY | O_NONBLOCK); // $ Alert[taint.path-injection]
}
