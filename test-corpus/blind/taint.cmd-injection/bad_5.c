// blind-expect: taint.cmd-injection
// Deployment tool that reads a config file and runs the configured post-deploy hook.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct deploy_config {
    char target[128];
    char post_hook[256];
    int retries;
};

static void trim(char *s)
{
    s[strcspn(s, "\r\n")] = '\0';
}

static int load_config(const char *path, struct deploy_config *cfg)
{
    char line[512];
    FILE *fp = fopen(path, "r");
    if (!fp)
        return -1;
    memset(cfg, 0, sizeof *cfg);
    cfg->retries = 1;
    while (fgets(line, sizeof line, fp)) {
        trim(line);
        if (line[0] == '#' || line[0] == '\0')
            continue;
        char *eq = strchr(line, '=');
        if (!eq)
            continue;
        *eq = '\0';
        const char *key = line, *val = eq + 1;
        if (strcmp(key, "target") == 0)
            snprintf(cfg->target, sizeof cfg->target, "%s", val);
        else if (strcmp(key, "post_hook") == 0)
            snprintf(cfg->post_hook, sizeof cfg->post_hook, "%s", val);
        else if (strcmp(key, "retries") == 0)
            cfg->retries = atoi(val);
    }
    fclose(fp);
    return 0;
}

static int run_hook(const struct deploy_config *cfg)
{
    if (cfg->post_hook[0] == '\0')
        return 0;
    for (int attempt = 0; attempt < cfg->retries; attempt++) {
        printf("hook attempt %d\n", attempt + 1);
        if (system(cfg->post_hook) == 0)
            return 0;
    }
    return -1;
}

int main(int argc, char **argv)
{
    struct deploy_config cfg;
    const char *path = argc > 1 ? argv[1] : "deploy.conf";

    if (load_config(path, &cfg) != 0) {
        perror(path);
        return 1;
    }
    printf("deploying to %s\n", cfg.target[0] ? cfg.target : "(default)");
    if (run_hook(&cfg) != 0) {
        fprintf(stderr, "post hook failed\n");
        return 1;
    }
    return 0;
}
