/*
 * behavior.obfuscated-execution, safe look-alike: a lookup table. The
 * compressor to run is picked from a constant table of program names by the
 * archive's format, and a hex digit table converts the checksum for the log.
 * Every program name is a readable literal.
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

enum format { FMT_GZIP, FMT_BZIP2, FMT_XZ };

static const char *const tools[] = {"gzip", "bzip2", "xz"};
static const char hexdig[] = "0123456789abcdef";

static enum format format_of(const char *name)
{
    if (strstr(name, ".bz2"))
        return FMT_BZIP2;
    if (strstr(name, ".xz"))
        return FMT_XZ;
    return FMT_GZIP;
}

int main(void)
{
    const char *archive = "/var/backups/site.tar.xz";
    unsigned char digest[4] = {0xde, 0xad, 0xbe, 0xef};
    char hex[9];

    for (int i = 0; i < 4; i++) {
        hex[2 * i] = hexdig[digest[i] >> 4];
        hex[2 * i + 1] = hexdig[digest[i] & 0xf];
    }
    hex[8] = '\0';
    printf("verifying %s (%s)\n", archive, hex);
    enum format f = format_of(archive);
    execlp(tools[f], tools[f], "-t", archive, (char *)NULL);
    return 127;
}
