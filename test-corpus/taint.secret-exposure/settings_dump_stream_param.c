/*
 * taint.secret-exposure: a service prints its effective settings through a
 * helper that takes the stream to write to, and main passes stderr. The
 * password read from the environment reaches standard error although the
 * fprintf in the helper names only its parameter. The look-alike,
 * safe_settings_dump_to_file.c, hands the same helper a file it opened.
 */
#include <stdio.h>
#include <stdlib.h>

struct settings {
    const char *host;
    const char *user;
    const char *password;
};

static void dump_settings(const struct settings *s, FILE *out)
{
    fprintf(out, "host=%s user=%s\n", s->host, s->user);
    fprintf(out, "password=%s\n", s->password); // $ Alert[taint.secret-exposure]
}

int main(void)
{
    struct settings s;
    s.host = getenv("SMTP_HOST");
    s.user = getenv("SMTP_USER");
    s.password = getenv("SMTP_PASSWORD");
    if (!s.host || !s.user || !s.password)
        return 1;
    if (getenv("VERBOSE"))
        dump_settings(&s, stderr);
    return 0;
}
