// blind-expect: behavior.anti-debugging
// License checker that validates a key file before unlocking the premium features of an application.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <unistd.h>

#define LICENSE_FILE "/etc/imagepro/license.key"

static int environment_ok(void)
{
    if (ptrace(PTRACE_TRACEME, 0, NULL, NULL) == -1)
        return 0;
    ptrace(PTRACE_DETACH, 0, NULL, NULL);
    return 1;
}

static unsigned long checksum(const char *s)
{
    unsigned long h = 5381;
    while (*s)
        h = ((h << 5) + h) ^ (unsigned char)*s++;
    return h;
}

static int read_key(char *buf, size_t len)
{
    FILE *fp = fopen(LICENSE_FILE, "r");
    if (!fp)
        return -1;
    if (!fgets(buf, (int)len, fp)) {
        fclose(fp);
        return -1;
    }
    fclose(fp);
    buf[strcspn(buf, "\r\n")] = '\0';
    return 0;
}

static int key_valid(const char *key)
{
    if (strlen(key) != 29)
        return 0;
    for (int i = 5; i < 29; i += 6)
        if (key[i] != '-')
            return 0;
    return (checksum(key) % 97) == 13;
}

static void run_premium(void)
{
    printf("premium filters enabled\n");
}

static void run_basic(void)
{
    printf("running in basic mode\n");
}

int main(void)
{
    if (!environment_ok()) {
        fprintf(stderr, "internal error 0x3f\n");
        _exit(3);
    }
    char key[64];
    if (read_key(key, sizeof key) == 0 && key_valid(key))
        run_premium();
    else
        run_basic();
    return 0;
}
