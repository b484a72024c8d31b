/*
 * behavior.tls-verification-disabled, safe look-alike: a TLS server. On a
 * server context SSL_VERIFY_NONE means "do not ask clients for a
 * certificate", the normal setting for a public HTTPS endpoint; the server
 * presents its own certificate and answers with SSL_read / SSL_write.
 * Nobody's certificate check is being skipped.
 */
#include <openssl/ssl.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int main(void)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    if (!ctx || SSL_CTX_use_certificate_chain_file(ctx, "/etc/hello/tls/fullchain.pem") != 1 ||
        SSL_CTX_use_PrivateKey_file(ctx, "/etc/hello/tls/privkey.pem", SSL_FILETYPE_PEM) != 1)
        return 1;
    SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);

    struct sockaddr_in a;
    int srv = socket(AF_INET, SOCK_STREAM, 0);
    memset(&a, 0, sizeof(a));
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_ANY);
    a.sin_port = htons(8443);
    if (bind(srv, (struct sockaddr *)&a, sizeof(a)) != 0 || listen(srv, 16) != 0)
        return 1;
    for (;;) {
        char req[1024];
        int c = accept(srv, NULL, NULL);
        if (c < 0)
            continue;
        SSL *ssl = SSL_new(ctx);
        SSL_set_fd(ssl, c);
        if (SSL_accept(ssl) == 1 && SSL_read(ssl, req, sizeof(req)) > 0) {
            const char *resp = "HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nhello\n";
            SSL_write(ssl, resp, (int)strlen(resp));
        }
        SSL_shutdown(ssl);
        SSL_free(ssl);
        close(c);
    }
}
