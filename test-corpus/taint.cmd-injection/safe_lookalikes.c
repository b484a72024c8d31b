/*
 * taint.cmd-injection, safe look-alikes: none of these may be reported.
 * Constant commands, environment values that are only printed or compared,
 * a command buffer / pointer overwritten with a constant before the sink,
 * and a number parsed with strtol. Exec look-alikes are in
 * safe_exec_lookalikes.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int flush_dns_cache(void)
{
    return system("resolvectl flush-caches");
}

/* The env value is only printed; the command run is constant. */
void print_system_info(void)
{
    char line[256];
    const char *shell = getenv("SHELL");
    FILE *p;

    printf("login shell: %s\n", shell ? shell : "(unset)");
    p = popen("uname -a", "r");
    if (!p)
        return;
    while (fgets(line, sizeof(line), p))
        fputs(line, stdout);
    pclose(p);
}

/* The env value only decides whether a constant command runs. */
int maybe_clear_cache(void)
{
    const char *mode = getenv("APP_MODE");

    if (mode && strcmp(mode, "dev") == 0)
        return system("rm -rf /tmp/app-cache");
    return 0;
}

/* The custom check is copied, then replaced by the built-in one. */
int run_health_check(void)
{
    char cmd[256];
    const char *custom = getenv("CHECK_CMD");

    if (custom)
        snprintf(cmd, sizeof(cmd), "%s", custom);
    /* custom checks are disabled until they can be sandboxed */
    strcpy(cmd, "/usr/lib/app/selfcheck --quick");
    return system(cmd);
}

/* The pointer is reassigned to a constant before use. */
int page_output(const char *text)
{
    const char *pager = getenv("PAGER");
    FILE *p;

    if (pager)
        fprintf(stderr, "ignoring PAGER=%s, using less\n", pager);
    pager = "less -R";
    p = popen(pager, "w");
    if (!p)
        return -1;
    fputs(text, p);
    return pclose(p);
}

/* Only a number read from the file reaches the command. */
int pin_workers(void)
{
    char line[32];
    char cmd[128];
    long cpus;
    FILE *fp = fopen("/etc/app/cpu_count", "r");

    if (!fp)
        return -1;
    if (!fgets(line, sizeof(line), fp)) {
        fclose(fp);
        return -1;
    }
    fclose(fp);
    cpus = strtol(line, NULL, 10);
    if (cpus < 1)
        cpus = 1;
    snprintf(cmd, sizeof(cmd), "taskset -c 0-%ld /usr/bin/worker", cpus - 1);
    return system(cmd);
}
