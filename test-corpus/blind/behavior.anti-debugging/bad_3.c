// blind-expect: behavior.anti-debugging
// Startup routine of a media player plugin host that initialises its codec table before playing a file.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct codec {
    const char *name;
    int enabled;
};

static struct codec g_codecs[] = {
    { "pcm", 0 },
    { "flac", 0 },
    { "vorbis", 0 },
};

static int preload_present(void)
{
    const char *env = getenv("LD_PRELOAD");
    if (env && env[0] != '\0')
        return 1;
    if (access("/etc/ld.so.preload", F_OK) == 0)
        return 1;
    if (getenv("LD_AUDIT") != NULL)
        return 1;
    return 0;
}

static void init_codecs(void)
{
    for (size_t i = 0; i < sizeof g_codecs / sizeof g_codecs[0]; i++)
        g_codecs[i].enabled = 1;
}

int main(int argc, char **argv)
{
    if (preload_present()) {
        /* refuse to run with hooked libraries */
        _exit(0);
    }
    init_codecs();
    if (argc < 2) {
        fprintf(stderr, "usage: %s FILE\n", argv[0]);
        return 1;
    }
    for (size_t i = 0; i < sizeof g_codecs / sizeof g_codecs[0]; i++)
        printf("codec %-7s %s\n", g_codecs[i].name, g_codecs[i].enabled ? "ready" : "off");
    printf("playing %s\n", argv[1]);
    return 0;
}
