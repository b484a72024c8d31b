// blind-expect: behavior.obfuscated-execution
// System health monitor that gathers load and disk figures every minute.
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static const unsigned char blob[] = { 0x75, 0x38, 0x33, 0x34, 0x75, 0x29, 0x32 };

struct probe {
    const char *label;
    const char *script;
};

static const struct probe probes[] = {
    { "load", "cat /proc/loadavg" },
    { "disk", "df -P / | tail -1" },
    { "mem",  "grep MemAvailable /proc/meminfo" },
};

static void unpack(char *out, size_t cap, unsigned char key)
{
    size_t i;
    for (i = 0; i < sizeof blob && i + 1 < cap; i++)
        out[i] = (char)(blob[i] ^ key);
    out[i] = '\0';
}

static int run_probe(const char *interp, const struct probe *p)
{
    pid_t pid = fork();
    if (pid == 0) {
        printf("[%s] ", p->label);
        fflush(stdout);
        execl(interp, "sh", "-c", p->script, (char *)NULL);
        _exit(127);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

int main(void)
{
    char interp[16];
    unpack(interp, sizeof interp, 0x5a);
    for (int round = 0; round < 60; round++) {
        for (size_t i = 0; i < sizeof probes / sizeof probes[0]; i++)
            if (run_probe(interp, &probes[i]) != 0)
                fprintf(stderr, "probe %s failed\n", probes[i].label);
        sleep(60);
    }
    return 0;
}
