/*
 * behavior.dropper, safe look-alike: a release helper that streams an
 * archive with curl through tee into a file and through sha256sum in one
 * pipeline, compares the digest with a pinned value and unpacks the archive
 * with tar. curl, a pipe and a later command, but the download is only
 * hashed and extracted, never run.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PINNED_SHA256 "9f2c1e8b4a7d3f60c5e21b8a9d47f3e0c6b5a1d2e3f4a5b6c7d8e9f0a1b2c3d4"

int main(void)
{
    char digest[65] = {0};
    FILE *p = popen("curl -fsSL https://releases.example.com/site-1.8.2.tar.gz | tee /tmp/site-1.8.2.tar.gz | sha256sum", "r");

    if (!p || fscanf(p, "%64s", digest) != 1)
        return 1;
    pclose(p);
    if (strcmp(digest, PINNED_SHA256) != 0) {
        fprintf(stderr, "checksum mismatch\n");
        return 1;
    }
    return system("tar -xzf /tmp/site-1.8.2.tar.gz -C /srv/www") == 0 ? 0 : 1;
}
