// blind-expect: none
// Minimal HTTP server that serves a fixed set of status pages.
#include <fcntl.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

struct page {
    const char *uri;
    const char *file;
};

static const struct page pages[] = {
    { "/",            "/var/www/static/index.html" },
    { "/status",      "/var/www/static/status.html" },
    { "/style.css",   "/var/www/static/style.css" },
    { "/favicon.ico", "/var/www/static/favicon.ico" },
};

static void send_status(int fd, int code, const char *reason, long len)
{
    char hdr[256];
    int n = snprintf(hdr, sizeof hdr,
                     "HTTP/1.0 %d %s\r\nContent-Length: %ld\r\nConnection: close\r\n\r\n",
                     code, reason, len);
    write(fd, hdr, (size_t)n);
}

static const struct page *route(int fd)
{
    char req[2048];
    ssize_t n = recv(fd, req, sizeof req - 1, 0);
    if (n <= 0)
        return NULL;
    req[n] = '\0';
    char method[8], uri[1024];
    if (sscanf(req, "%7s %1023s", method, uri) != 2 || strcmp(method, "GET") != 0)
        return NULL;
    for (size_t i = 0; i < sizeof pages / sizeof pages[0]; i++)
        if (strcmp(pages[i].uri, uri) == 0)
            return &pages[i];
    return NULL;
}

static void serve_page(int client, const struct page *p)
{
    int fd = open(p->file, O_RDONLY);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) < 0) {
        if (fd >= 0)
            close(fd);
        send_status(client, 500, "Internal Error", 0);
        return;
    }
    send_status(client, 200, "OK", (long)st.st_size);
    char buf[4096];
    ssize_t r;
    while ((r = read(fd, buf, sizeof buf)) > 0)
        write(client, buf, (size_t)r);
    close(fd);
}

int main(void)
{
    int srv = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in addr;
    memset(&addr, 0, sizeof addr);
    addr.sin_family = AF_INET;
    addr.sin_port = htons(8080);
    addr.sin_addr.s_addr = htonl(INADDR_ANY);
    if (bind(srv, (struct sockaddr *)&addr, sizeof addr) < 0 || listen(srv, 16) < 0) {
        perror("listen");
        return 1;
    }
    for (;;) {
        int c = accept(srv, NULL, NULL);
        if (c < 0)
            continue;
        const struct page *p = route(c);
        if (p)
            serve_page(c, p);
        else
            send_status(c, 404, "Not Found", 0);
        close(c);
    }
}
