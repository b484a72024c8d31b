/*
 * taint.cmd-injection, interprocedural context sensitivity with the sink in
 * the CALLER: the same helpers (a pass-through that logs, and a formatter
 * writing into a caller buffer) are called once with tainted data and once
 * with constant data. Only the sinks fed by the tainted calls may alert.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Logs and returns its argument unchanged. */
static const char *traced(const char *cmd)
{
    fprintf(stderr, "+ %s\n", cmd);
    return cmd;
}

/* Formats "<tool> <arg>" into out. */
static char *with_arg(char *out, size_t n, const char *tool, const char *arg)
{
    snprintf(out, n, "%s %s", tool, arg);
    return out;
}

int run_maintenance(void)
{
    const char *user_hook = getenv("MAINT_HOOK");
    int rc = 0;

    rc |= system(traced("sync")); /* constant through the helper */
    if (user_hook)
        rc |= system(traced(user_hook)); // $ Alert[taint.cmd-injection]
    rc |= system(traced("fstrim -a"));
    return rc;
}

int archive_logs(void)
{
    char safe_cmd[256];
    char user_cmd[256];
    const char *dest = getenv("ARCHIVE_DEST");

    with_arg(safe_cmd, sizeof(safe_cmd), "logrotate", "/etc/logrotate.conf");
    if (system(safe_cmd) != 0)
        return -1;
    if (!dest)
        return 0;
    with_arg(user_cmd, sizeof(user_cmd), "rsync -a /var/log/", dest);
    return system(user_cmd); // $ Alert[taint.cmd-injection]
}

int reindex(void)
{
    char line[128];
    char from_file[256];
    char fixed[256];
    FILE *fp = fopen("/etc/app/index.target", "r");

    with_arg(fixed, sizeof(fixed), "updatedb", "--localpaths=/srv");
    if (!fp)
        return system(fixed);
    if (!fgets(line, sizeof(line), fp))
        line[0] = '\0';
    fclose(fp);
    line[strcspn(line, "\n")] = '\0';
    popen(with_arg(from_file, sizeof(from_file), "updatedb --localpaths=", line), "r"); // $ Alert[taint.cmd-injection]
    return system(fixed);
}
