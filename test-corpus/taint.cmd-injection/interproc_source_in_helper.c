/*
 * taint.cmd-injection, interprocedural: the source sits two and three calls
 * deep in helpers that return the value (a pointer into the environment, a
 * strdup'ed copy, a line read from a file). Look-alikes: helpers of the same
 * shape that return constant strings, and a tainted value that is only
 * tested for NULL to pick between two constant words.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Level 3: the raw environment lookup. */
static const char *env_or_null(const char *name)
{
    return getenv(name);
}

/* Level 2: fall back to another variable. */
static const char *lookup_editor(void)
{
    const char *ed = env_or_null("VISUAL");
    if (ed == NULL)
        ed = env_or_null("EDITOR");
    return ed;
}

/* Level 1: a private copy for the caller. */
static char *editor_command(void)
{
    const char *ed = lookup_editor();
    return ed ? strdup(ed) : NULL;
}

/* Two levels: a hook command read from the first line of a file. */
static char *read_first_line(const char *file)
{
    static char line[256];
    FILE *fp = fopen(file, "r");
    if (!fp)
        return NULL;
    if (!fgets(line, sizeof(line), fp))
        line[0] = '\0';
    fclose(fp);
    line[strcspn(line, "\n")] = '\0';
    return line;
}

static const char *post_build_hook(void)
{
    return read_first_line("/etc/builder/post-build.hook");
}

/* Same shape as editor_command() but every level returns a constant. */
static const char *builtin_pager(void) { return "less -R"; }
static const char *default_pager(void) { return builtin_pager(); }
static const char *pager_command(void) { return default_pager(); }

int edit_file(const char *file)
{
    char cmd[512];
    char *ed = editor_command();
    int rc;

    if (!ed)
        return -1;
    snprintf(cmd, sizeof(cmd), "%s '%s'", ed, file);
    free(ed);
    rc = system(cmd); // $ Alert[taint.cmd-injection]
    return rc;
}

int run_post_build(void)
{
    const char *hook = post_build_hook();
    if (!hook || !*hook)
        return 0;
    return system(hook); // $ Alert[taint.cmd-injection]
}

int page_build_log(void)
{
    char cmd[512];
    snprintf(cmd, sizeof(cmd), "%s /var/log/builder/build.log", pager_command());
    return system(cmd);
}

int show_editor_configured(void)
{
    const char *ed = lookup_editor();
    char cmd[64];
    snprintf(cmd, sizeof(cmd), "echo editor configured: %s", ed ? "yes" : "no");
    return system(cmd);
}
