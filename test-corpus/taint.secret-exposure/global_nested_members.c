/*
 * taint.secret-exposure through a global settings struct with nested
 * members (a command-line client's `config.conn.auth` next to
 * `config.conn.host`): the secret is stored in one member of a member and
 * written by other functions than the one that prints. Printing the host
 * or port of the same nested struct is not exposing the password, also
 * when the host reaches the print through another global (`current`),
 * which resolves `config.conn.host` through the link's global nodes.
 */
#include <stdio.h>
#include <stdlib.h>

struct conn_info {
    const char *host;
    int port;
    const char *user;
    const char *auth;
};

static struct settings {
    struct conn_info conn;
    const char *prompt;
    int verbose;
} config;

static void parse_env(void)
{
    const char *pw = getenv("CLIENT_AUTH");
    if (pw && !config.conn.auth)
        config.conn.auth = pw;
}

static void parse_args(int argc, char **argv)
{
    config.conn.host = argc > 1 ? argv[1] : "127.0.0.1";
    config.conn.port = 6379;
    config.prompt = "> ";
}

/* The session global keeps what the connection was opened with. */
static struct session {
    const char *peer;
    int fd;
} *current;

static struct session *open_session(const char *host, int port)
{
    struct session *s = malloc(sizeof *s);
    if (!s)
        exit(1);
    s->peer = host;
    s->fd = port > 0 ? 3 : -1;
    return s;
}

static void connect_now(void)
{
    current = open_session(config.conn.host, config.conn.port);
}

static void report_connect_error(void)
{
    if (current->fd < 0)
        fprintf(stderr, "could not connect to %s\n", current->peer);
}

static struct session *login_session;

static void login(void)
{
    login_session = open_session(config.conn.auth, config.conn.port);
}

static void log_login(void)
{
    fprintf(stderr, "login with %s\n", login_session->peer); // $ Alert[taint.secret-exposure]
}

static void debug_dump(void)
{
    if (config.verbose)
        fprintf(stderr, "auth=%s\n", config.conn.auth); // $ Alert[taint.secret-exposure]
}

int main(int argc, char **argv)
{
    parse_args(argc, argv);
    parse_env();
    config.verbose = argc > 2;
    connect_now();
    report_connect_error();
    login();
    log_login();
    debug_dump();
    return 0;
}
