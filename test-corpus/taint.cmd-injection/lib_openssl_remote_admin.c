/*
 * taint.cmd-injection over TLS: a remote-admin agent that runs what the
 * peer sends, read with SSL_read, SSL_read_ex, SSL_peek, BIO_gets or
 * BIO_read. Look-alikes read the same way but map the request to fixed
 * commands. It includes OpenSSL's headers; Sluice's bundled declarations
 * serve them when OpenSSL is not installed (models match by name).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/bio.h>
#include <openssl/ssl.h>

int run_ssl_command(SSL *ssl)
{
    char cmd[512];
    int n = SSL_read(ssl, cmd, sizeof(cmd) - 1);
    if (n <= 0)
        return -1;
    cmd[n] = '\0';
    return system(cmd); // $ Alert[taint.cmd-injection]
}

int run_ssl_ex(SSL *ssl)
{
    char cmd[512];
    size_t got = 0;
    if (SSL_read_ex(ssl, cmd, sizeof(cmd) - 1, &got) != 1)
        return -1;
    cmd[got] = '\0';
    FILE *p = popen(cmd, "r"); // $ Alert[taint.cmd-injection]
    return p ? pclose(p) : -1;
}

int run_peeked(SSL *ssl)
{
    char head[128] = {0};
    if (SSL_peek(ssl, head, sizeof(head) - 1) <= 0)
        return -1;
    if (strncmp(head, "EXEC ", 5) == 0)
        return system(head + 5); // $ Alert[taint.cmd-injection]
    return 0;
}

int run_bio_line(BIO *conn)
{
    char line[256];
    char buf[256];
    if (BIO_gets(conn, line, sizeof(line)) <= 0)
        return -1;
    line[strcspn(line, "\r\n")] = '\0';
    if (system(line) != 0) // $ Alert[taint.cmd-injection]
        return -1;
    int n = BIO_read(conn, buf, sizeof(buf) - 1);
    if (n <= 0)
        return 0;
    buf[n] = '\0';
    return system(buf); // $ Alert[taint.cmd-injection]
}

int handle_status(SSL *ssl, BIO *conn)
{
    char req[64] = {0};
    char peek[4] = {0};
    size_t got = 0;
    if (SSL_peek(ssl, peek, 1) <= 0 || SSL_read_ex(ssl, req, sizeof(req) - 1, &got) != 1)
        return -1;
    if (strcmp(req, "uptime") == 0)
        return system("uptime");
    if (BIO_gets(conn, req, sizeof(req)) > 0 && SSL_read(ssl, req, sizeof(req)) > 0)
        return system("df -h");
    return BIO_read(conn, req, sizeof(req)) > 0 ? system("free -m") : -1;
}
