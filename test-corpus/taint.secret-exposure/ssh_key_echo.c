/*
 * taint.secret-exposure: a private key read from ~/.ssh (path built from
 * HOME) and echoed to the terminal; a public key printed the same way is
 * fine.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int show_private_key(void)
{
    char path[512], line[256];
    const char *home = getenv("HOME");
    FILE *fp;
    if (!home)
        return -1;
    snprintf(path, sizeof(path), "%s/.ssh/id_ed25519", home);
    fp = fopen(path, "r");
    if (!fp)
        return -1;
    while (fgets(line, sizeof(line), fp))
        fputs(line, stdout); // $ Alert[taint.secret-exposure]
    fclose(fp);
    return 0;
}

int show_public_key(void)
{
    char path[512], line[256];
    const char *home = getenv("HOME");
    FILE *fp;
    if (!home)
        return -1;
    snprintf(path, sizeof(path), "%s/.ssh/id_ed25519.pub", home);
    fp = fopen(path, "r");
    if (!fp)
        return -1;
    while (fgets(line, sizeof(line), fp))
        fputs(line, stdout);
    fclose(fp);
    return 0;
}
