/*
 * taint.secret-exposure: a helper reads the environment variable its
 * caller names (getenv(name)). What it returns is a secret where the caller
 * names a credential (DB_PASSWORD, API_TOKEN) and an ordinary setting
 * elsewhere (DB_HOST): the look-alikes print those.
 */
#include <stdio.h>
#include <stdlib.h>
#include <syslog.h>

struct db_settings {
    const char *host;
    const char *user;
    const char *password;
};

static const char *env_or(const char *name, const char *fallback)
{
    const char *v = getenv(name);
    return v ? v : fallback;
}

static void show(const struct db_settings *s)
{
    printf("db %s as %s\n", s->host, s->user);
    printf("password %s\n", s->password); // $ Alert[taint.secret-exposure]
}

void connect_from_environment(void)
{
    struct db_settings s;
    s.host = env_or("DB_HOST", "localhost");
    s.user = env_or("DB_USER", "app");
    s.password = env_or("DB_PASSWORD", "");
    show(&s);
}

void log_token(void)
{
    const char *token = env_or("API_TOKEN", "");
    syslog(LOG_DEBUG, "using token %s", token); // $ Alert[taint.secret-exposure]
}

/* Look-alike: the same helper for ordinary settings. */
void log_region(void)
{
    const char *region = env_or("AWS_REGION", "eu-west-1");
    const char *home = env_or("HOME", "/");
    syslog(LOG_INFO, "region %s, home %s", region, home);
}
