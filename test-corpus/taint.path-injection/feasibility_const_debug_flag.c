/*
 * taint.path-injection, feasibility: debug/feature flags that are
 * compile-time constants. `static const int DEBUG = 0;`, a `#define`d 0 and
 * an enum constant 0 guard sinks that can never run; their bad twins use a
 * flag that is 1 and a flag read from the environment.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const int DEBUG = 0;
static const int TRACE = 1;
#define KEEP_CORE_FILES 0
enum { FEATURE_CUSTOM_DUMP = 0 };

FILE *open_debug_log(void)
{
    const char *path = getenv("DEBUG_LOG");
    if (DEBUG && path)
        return fopen(path, "a");
    return NULL;
}

FILE *open_trace_log(void)
{
    const char *path = getenv("TRACE_LOG");
    if (TRACE && path)
        return fopen(path, "a"); // $ Alert[taint.path-injection]
    return NULL;
}

int drop_core(void)
{
    char core[256];
    if (!fgets(core, sizeof(core), stdin))
        return -1;
    core[strcspn(core, "\n")] = '\0';
    if (!KEEP_CORE_FILES)
        return 0;
    return unlink(core);
}

int dump_state(const char *state)
{
    const char *dump = getenv("STATE_DUMP");
    FILE *fp;
    if (FEATURE_CUSTOM_DUMP == 0 || dump == NULL)
        dump = "/var/lib/app/state.dump";
    fp = fopen(dump, "w");
    if (!fp)
        return -1;
    fputs(state, fp);
    return fclose(fp);
}

int dump_state_configurable(const char *state)
{
    const char *dump = getenv("STATE_DUMP");
    const char *enabled = getenv("ALLOW_CUSTOM_DUMP");
    FILE *fp;
    if (enabled == NULL || dump == NULL)
        dump = "/var/lib/app/state.dump";
    fp = fopen(dump, "w"); // $ Alert[taint.path-injection]
    if (!fp)
        return -1;
    fputs(state, fp);
    return fclose(fp);
}
