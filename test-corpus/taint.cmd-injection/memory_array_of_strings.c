/*
 * taint.cmd-injection, memory: arrays of strings. Lines of a hooks file are
 * stored in a 2-D char array and run one by one; an environment value is
 * placed in a `char *` argument vector for `/bin/sh -c` and run with
 * execv(); a pointer array is filled in a helper. Look-alikes: separate
 * arrays holding only string literals, run the same ways.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAX_HOOKS 8

static int load_hooks(char hooks[][256], int max)
{
    int n = 0;
    FILE *fp = fopen("/etc/app/hooks.d/pre-start", "r");
    if (!fp)
        return 0;
    while (n < max && fgets(hooks[n], 256, fp)) {
        hooks[n][strcspn(hooks[n], "\n")] = '\0';
        n++;
    }
    fclose(fp);
    return n;
}

static void fill_targets(const char **targets)
{
    targets[0] = getenv("DEPLOY_TARGET");
    targets[1] = NULL;
}

int run_pre_start_hooks(void)
{
    char hooks[MAX_HOOKS][256];
    int n = load_hooks(hooks, MAX_HOOKS);
    int rc = 0;
    for (int i = 0; i < n; i++)
        rc |= system(hooks[i]); // $ Alert[taint.cmd-injection]
    return rc;
}

void exec_user_shell_command(void)
{
    char *argv_sh[4] = { "/bin/sh", "-c", NULL, NULL };
    argv_sh[2] = getenv("STARTUP_COMMAND");
    if (argv_sh[2] == NULL)
        return;
    execv("/bin/sh", argv_sh); // $ Alert[taint.cmd-injection]
}

int deploy(void)
{
    const char *targets[2];
    char cmd[256];
    fill_targets(targets);
    if (!targets[0])
        return -1;
    snprintf(cmd, sizeof(cmd), "ansible-playbook -l %s site.yml", targets[0]);
    return system(cmd); // $ Alert[taint.cmd-injection]
}

int run_builtin_checks(void)
{
    static const char *checks[] = { "df -h", "free -m", "uptime" };
    int rc = 0;
    for (size_t i = 0; i < sizeof(checks) / sizeof(checks[0]); i++)
        rc |= system(checks[i]);
    return rc;
}

void exec_builtin_shell_command(void)
{
    char *argv_sh[] = { "/bin/sh", "-c", "journalctl --vacuum-time=7d", NULL };
    execv("/bin/sh", argv_sh);
}
