// behavior.trapdoor look-alike: the same byte-at-a-time helper reads an
// activation key from a file the program opened, and the key is compared
// with a literal shaped like a password. File content is a format's or a
// product's data, not a login: nothing is reported. (The descriptor is a
// file here because open() made it, though the helper only sees an int.)
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static int read_field(int fd, char *buf, size_t cap)
{
    size_t n = 0;
    char c;
    while (n + 1 < cap && read(fd, &c, 1) == 1 && c != '\n')
        buf[n++] = c;
    buf[n] = '\0';
    return (int)n;
}

static int key_matches(const char *key)
{
    if (strcmp(key, "TRIAL-Kx9!2024q") == 0)
        return 1;
    return 0;
}

int main(void)
{
    char key[64];
    int fd = open("/etc/viewer/activation", O_RDONLY);
    if (fd < 0)
        return 1;
    read_field(fd, key, sizeof key);
    close(fd);
    if (key_matches(key))
        puts("trial edition");
    return 0;
}
