/*
 * taint.secret-exposure look-alike of settings_dump_stream_param.c: the
 * same helper writes the settings, password included, into a private
 * file the service created for a child process to read (mode 0600), not
 * to standard output, standard error or a log: not reported as exposure.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

struct settings {
    const char *host;
    const char *user;
    const char *password;
};

static void dump_settings(const struct settings *s, FILE *out)
{
    fprintf(out, "host=%s user=%s\n", s->host, s->user);
    fprintf(out, "password=%s\n", s->password);
}

int main(void)
{
    struct settings s;
    s.host = getenv("SMTP_HOST");
    s.user = getenv("SMTP_USER");
    s.password = getenv("SMTP_PASSWORD");
    if (!s.host || !s.user || !s.password)
        return 1;
    int fd = open("/run/mailer/child.conf", O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0)
        return 1;
    FILE *f = fdopen(fd, "w");
    if (!f)
        return 1;
    dump_settings(&s, f);
    fclose(f);
    return 0;
}
