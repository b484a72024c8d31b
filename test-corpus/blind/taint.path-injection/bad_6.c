// blind-expect: taint.path-injection
// Minimal HTTP server that serves static files from a document root.
#include <fcntl.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#define DOCROOT "/var/www/static"

static void send_status(int fd, int code, const char *reason, long len)
{
    char hdr[256];
    int n = snprintf(hdr, sizeof hdr,
                     "HTTP/1.0 %d %s\r\nContent-Length: %ld\r\nConnection: close\r\n\r\n",
                     code, reason, len);
    write(fd, hdr, (size_t)n);
}

static int parse_request(int fd, char *path, size_t pathlen)
{
    char req[2048];
    ssize_t n = recv(fd, req, sizeof req - 1, 0);
    if (n <= 0)
        return -1;
    req[n] = '\0';
    char method[8], uri[1024];
    if (sscanf(req, "%7s %1023s", method, uri) != 2)
        return -1;
    if (strcmp(method, "GET") != 0)
        return -1;
    char *q = strchr(uri, '?');
    if (q)
        *q = '\0';
    snprintf(path, pathlen, "%s", strcmp(uri, "/") == 0 ? "/index.html" : uri);
    return 0;
}

static void serve_file(int client, const char *uri)
{
    char full[1200];
    snprintf(full, sizeof full, "%s%s", DOCROOT, uri);
    int fd = open(full, O_RDONLY);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
        if (fd >= 0)
            close(fd);
        send_status(client, 404, "Not Found", 0);
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
    int one = 1;
    setsockopt(srv, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
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
        char uri[1024];
        if (parse_request(c, uri, sizeof uri) == 0)
            serve_file(c, uri);
        else
            send_status(c, 400, "Bad Request", 0);
        close(c);
    }
}
