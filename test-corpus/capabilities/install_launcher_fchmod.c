/*
 * capabilities: fchmod with an execute bit. A package's post-install step
 * writes a small launcher script under /usr/local/bin and marks it
 * executable through the open descriptor. The script content is constant.
 * No expectations.
 */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char launcher[] =
    "#!/bin/sh\n"
    "exec /opt/acme/bin/acme \"$@\"\n";

int main(void)
{
    int fd = open("/usr/local/bin/acme", O_WRONLY | O_CREAT | O_TRUNC, 0644);

    if (fd < 0) {
        perror("open");
        return 1;
    }
    if (write(fd, launcher, strlen(launcher)) != (ssize_t)strlen(launcher) ||
        fchmod(fd, 0755) != 0) {
        perror("install");
        close(fd);
        return 1;
    }
    close(fd);
    return 0;
}
