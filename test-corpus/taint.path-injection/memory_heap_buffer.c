/*
 * taint.path-injection, memory: heap buffers from malloc/calloc/realloc are
 * filled by recv() and by strcpy()/strcat() from the environment, returned
 * from a helper, and reach open()/unlink()/rename(). Look-alikes: heap
 * buffers filled only from literals, and a heap buffer whose tainted content
 * is replaced by a literal with strcpy before use.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/types.h>
#include <sys/socket.h>

static char *recv_name(int sock)
{
    char *buf = malloc(256);
    ssize_t n;
    if (!buf)
        return NULL;
    n = recv(sock, buf, 255, 0);
    if (n <= 0) {
        free(buf);
        return NULL;
    }
    buf[n] = '\0';
    return buf;
}

int fetch_file(int sock)
{
    char *name = recv_name(sock);
    int fd;
    if (!name)
        return -1;
    fd = open(name, O_RDONLY); // $ Alert[taint.path-injection]
    free(name);
    return fd;
}

int drop_tmp_file(void)
{
    const char *tmp = getenv("TMP_FILE");
    char *path = calloc(1, 512);
    int rc;
    if (!tmp || !path) {
        free(path);
        return -1;
    }
    strcpy(path, "/tmp/");
    strcat(path, tmp);
    rc = unlink(path); // $ Alert[taint.path-injection]
    free(path);
    return rc;
}

int archive_report(void)
{
    const char *dest = getenv("REPORT_ARCHIVE");
    char *target = malloc(64);
    char *bigger;
    int rc;
    if (!dest || !target)
        return -1;
    strncpy(target, dest, 63);
    target[63] = '\0';
    bigger = realloc(target, 1024);
    if (!bigger) {
        free(target);
        return -1;
    }
    strcat(bigger, ".gz");
    rc = rename("/var/lib/app/report.gz", bigger); // $ Alert[taint.path-injection]
    free(bigger);
    return rc;
}

int open_fixed_heap(void)
{
    char *path = malloc(128);
    int fd;
    if (!path)
        return -1;
    snprintf(path, 128, "%s/%s", "/etc/app", "defaults.conf");
    fd = open(path, O_RDONLY);
    free(path);
    return fd;
}

int drop_default_lock(int sock)
{
    char *path = recv_name(sock);
    int rc;
    if (!path)
        return -1;
    fprintf(stderr, "peer asked for %s; removing the default lock\n", path);
    strcpy(path, "/run/app.lock");
    rc = unlink(path);
    free(path);
    return rc;
}
