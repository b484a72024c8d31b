/*
 * taint.cmd-injection through a library whose header is not installed
 * (cjson/cJSON.h exists nowhere): Sluice cannot see what cJSON_Parse or
 * cJSON_GetObjectItem do, so a function of a missing header passes on what
 * its arguments carry, and the members read from its unknown struct share
 * that value. A hook named in a configuration taken from the environment
 * reaches system(); the look-alike parses a constant document.
 */
#include <stdio.h>
#include <stdlib.h>
#include <cjson/cJSON.h> // $ Notification[tu-missing-headers]

static int run_hook(const cJSON *cfg)
{
    const cJSON *hook = cJSON_GetObjectItem(cfg, "post_apply_hook");
    char cmd[512];
    if (hook == NULL || hook->valuestring == NULL)
        return 0;
    snprintf(cmd, sizeof cmd, "sh -c '%s'", hook->valuestring);
    return system(cmd); // $ Alert[taint.cmd-injection]
}

static int run_defaults(void)
{
    cJSON *cfg = cJSON_Parse("{\"post_apply_hook\": \"true\"}");
    const cJSON *hook = cJSON_GetObjectItem(cfg, "post_apply_hook");
    char cmd[512];
    if (hook == NULL || hook->valuestring == NULL)
        return 0;
    snprintf(cmd, sizeof cmd, "sh -c '%s'", hook->valuestring);
    return system(cmd);
}

int main(void)
{
    const char *text = getenv("APP_CONFIG_JSON");
    cJSON *cfg = cJSON_Parse(text ? text : "{}");
    int rc = run_hook(cfg);
    cJSON_Delete(cfg);
    return rc + run_defaults();
}
