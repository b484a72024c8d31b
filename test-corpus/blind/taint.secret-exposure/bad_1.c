// blind-expect: taint.secret-exposure
// Database client stub that prints its connection settings before connecting.
#include <stdio.h>
#include <stdlib.h>

struct db_settings {
    const char *host;
    const char *user;
    const char *password;
    int port;
};

static const char *env_or(const char *name, const char *def)
{
    const char *v = getenv(name);
    return v ? v : def;
}

static void describe(const struct db_settings *s)
{
    printf("connecting to %s:%d as %s (password: %s)\n", s->host, s->port, s->user, s->password);
}

int main(void)
{
    struct db_settings s;
    s.host = env_or("DB_HOST", "localhost");
    s.user = env_or("DB_USER", "app");
    s.password = env_or("DB_PASSWORD", "");
    s.port = atoi(env_or("DB_PORT", "5432"));

    if (s.password[0] == '\0') {
        fprintf(stderr, "DB_PASSWORD is not set\n");
        return 1;
    }
    describe(&s);
    /* ... real connection code would go here ... */
    puts("connected");
    return 0;
}
