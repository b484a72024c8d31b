// blind-expect: taint.secret-exposure
// Database migration runner that shows its effective connection settings at startup.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct db_config {
    const char *host;
    int port;
    const char *user;
    const char *password;
    const char *database;
};

static const char *env_or(const char *name, const char *fallback)
{
    const char *v = getenv(name);
    return (v && *v) ? v : fallback;
}

static void load_config(struct db_config *cfg)
{
    cfg->host = env_or("DB_HOST", "localhost");
    cfg->port = atoi(env_or("DB_PORT", "5432"));
    cfg->user = env_or("DB_USER", "postgres");
    cfg->password = env_or("DB_PASSWORD", "");
    cfg->database = env_or("DB_NAME", "app");
}

static void dump_config(const struct db_config *cfg, FILE *out)
{
    fprintf(out, "migration settings:\n");
    fprintf(out, "  host     = %s:%d\n", cfg->host, cfg->port);
    fprintf(out, "  user     = %s\n", cfg->user);
    fprintf(out, "  password = %s\n", cfg->password);
    fprintf(out, "  database = %s\n", cfg->database);
}

static int count_pending(const char *dir)
{
    char path[512];
    int n = 0;
    for (int i = 1; i < 1000; i++) {
        snprintf(path, sizeof path, "%s/%04d.sql", dir, i);
        FILE *f = fopen(path, "r");
        if (!f)
            break;
        fclose(f);
        n++;
    }
    return n;
}

int main(void)
{
    struct db_config cfg;
    load_config(&cfg);
    if (getenv("MIGRATE_VERBOSE"))
        dump_config(&cfg, stderr);
    int pending = count_pending("./migrations");
    printf("%d migration(s) found\n", pending);
    return 0;
}
