/*
 * behavior.anti-debugging: a licence daemon refuses to run when the loader
 * was told to inject a library (LD_PRELOAD, LD_AUDIT, or the system-wide
 * /etc/ld.so.preload list), which is how hooking and tracing tools attach.
 * The probe is a helper whose result decides whether the daemon quietly
 * exits. Look-alikes: safe_preload_launcher.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

static int hooked(void)
{
    const char *p = getenv("LD_PRELOAD"); // $ Alert[behavior.anti-debugging]
    if (p && *p)
        return 1;
    struct stat st;
    if (stat("/etc/ld.so.preload", &st) == 0 && st.st_size > 0) // $ Alert[behavior.anti-debugging]
        return 1;
    return 0;
}

int main(void)
{
    if (hooked())
        _exit(0);
    puts("licence server ready");
    return 0;
}
