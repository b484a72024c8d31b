/*
 * capabilities: SSL_CTX_set_verify with SSL_VERIFY_NONE on a server. A TLS
 * echo server loads its own certificate and tells OpenSSL not to ask
 * clients for certificates (the server side of ordinary HTTPS). Clients
 * still verify the server; nothing is accepted blindly, so the TLS rule
 * must not report it.
 */
#include <netinet/in.h>
#include <openssl/ssl.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int main(void)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    struct sockaddr_in addr;
    char buf[512];

    if (!ctx)
        return 1;
    if (SSL_CTX_use_certificate_chain_file(ctx, "/etc/echo/server.pem") != 1 ||
        SSL_CTX_use_PrivateKey_file(ctx, "/etc/echo/server.key", SSL_FILETYPE_PEM) != 1)
        return 1;
    SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);

    int ls = socket(AF_INET, SOCK_STREAM, 0);
    memset(&addr, 0, sizeof(addr));
    addr.sin_family = AF_INET;
    addr.sin_port = htons(8443);
    addr.sin_addr.s_addr = htonl(INADDR_ANY);
    if (bind(ls, (struct sockaddr *)&addr, sizeof(addr)) != 0 || listen(ls, 16) != 0)
        return 1;
    for (;;) {
        int c = accept(ls, NULL, NULL);
        if (c < 0)
            continue;
        SSL *ssl = SSL_new(ctx);
        SSL_set_fd(ssl, c);
        if (SSL_accept(ssl) == 1) {
            int n = SSL_read(ssl, buf, sizeof(buf));
            if (n > 0)
                SSL_write(ssl, buf, n);
        }
        SSL_free(ssl);
        close(c);
    }
}
