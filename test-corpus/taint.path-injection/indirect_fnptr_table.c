/*
 * taint.path-injection, indirect calls: a dispatch table (array of function
 * pointers) indexed by a CONSTANT. Only the entry selected by the constant
 * index receives the tainted path: ACT_OPEN with a name from the network
 * and ACT_TRUNCATE with an environment value. The ACT_DELETE handler is only
 * ever dispatched with a literal and ACT_STAT only runs a non-sink, so
 * their lines stay silent.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/socket.h>

enum action { ACT_OPEN, ACT_DELETE, ACT_TRUNCATE, ACT_STAT, ACT_COUNT };

typedef int (*file_action)(const char *path);

static int do_open(const char *path)
{
    int fd = open(path, O_RDONLY); // $ Alert[taint.path-injection]
    if (fd >= 0)
        close(fd);
    return fd;
}

static int do_delete(const char *path)
{
    return unlink(path);
}

static int do_truncate(const char *path)
{
    int fd = creat(path, 0644); // $ Alert[taint.path-injection]
    if (fd >= 0)
        close(fd);
    return fd;
}

static int do_stat(const char *path)
{
    return printf("stat requested for %s\n", path);
}

static const file_action actions[ACT_COUNT] = {
    [ACT_OPEN] = do_open,
    [ACT_DELETE] = do_delete,
    [ACT_TRUNCATE] = do_truncate,
    [ACT_STAT] = do_stat,
};

int handle_open_request(int sock)
{
    char name[128];
    ssize_t n = recv(sock, name, sizeof(name) - 1, 0);
    if (n <= 0)
        return -1;
    name[n] = '\0';
    actions[ACT_STAT](name);
    return actions[ACT_OPEN](name);
}

int reset_output(void)
{
    const char *out = getenv("OUTPUT_FILE");
    actions[ACT_DELETE]("/var/lib/app/output.lock");
    return out ? actions[ACT_TRUNCATE](out) : 0;
}
