/*
 * taint.secret-exposure through a client library's context held in a
 * pointer global (a hiredis-style `redisContext *context`): the password
 * goes into the request buffer `c->obuf`; a helper that takes the context
 * copies the reader's integer error code into `c->err`, which the caller
 * prints. The error code is not the password. Printing what the helper
 * copies out of the request buffer is.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct reader {
    int err;
    char errstr[128];
};

struct context {
    int err;
    char errstr[128];
    char *obuf;
    struct reader *rd;
};

static struct context *conn;

static char *append_text(char *s, const char *t)
{
    size_t n = s ? strlen(s) : 0, m = strlen(t);
    char *out = realloc(s, n + m + 1);
    if (!out)
        exit(1);
    memcpy(out + n, t, m + 1);
    return out;
}

static void set_error(struct context *c, int type, const char *str)
{
    c->err = type;
    if (str)
        snprintf(c->errstr, sizeof c->errstr, "%s", str);
}

static void append_command(struct context *c, const char *cmd)
{
    c->obuf = append_text(c->obuf, cmd);
}

/* Moves the reader's error into the context. */
static int read_input(struct context *c)
{
    if (c->rd->err) {
        set_error(c, c->rd->err, c->rd->errstr);
        return -1;
    }
    return 0;
}

/* Reports the pending request as the error text: leaks the request. */
static int fail_with_request(struct context *c)
{
    set_error(c, 1, c->obuf);
    return -1;
}

static void authenticate(void)
{
    char cmd[256];
    const char *pw = getenv("CLIENT_PASSWORD");
    if (!pw)
        return;
    snprintf(cmd, sizeof cmd, "AUTH %s\r\n", pw);
    append_command(conn, cmd);
}

static void read_reply(const char *key)
{
    if (read_input(conn) != 0)
        fprintf(stderr, "error for key '%s' (code %d)\n", key, conn->err);
}

static void abort_request(void)
{
    if (fail_with_request(conn) != 0)
        fprintf(stderr, "aborted: %s\n", conn->errstr); // $ Alert[taint.secret-exposure]
}

int main(int argc, char **argv)
{
    conn = calloc(1, sizeof *conn);
    if (!conn)
        return 1;
    conn->rd = calloc(1, sizeof *conn->rd);
    if (!conn->rd)
        return 1;
    authenticate();
    read_reply(argc > 1 ? argv[1] : "key");
    if (argc > 2)
        abort_request();
    return 0;
}
