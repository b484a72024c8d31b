/*
 * taint.exfiltration (secret): a minimal GitHub API client that writes a raw
 * HTTP request to a socket. GITHUB_TOKEN (or GH_TOKEN) formatted into the
 * Authorization header and sent to a hard-coded host is a credential leaving
 * the machine. The look-alikes send a request without the token, and keep
 * the token local (only whether it is set is printed).
 */
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static int open_api_socket(const char *host)
{
    struct addrinfo hints = { .ai_family = AF_UNSPEC, .ai_socktype = SOCK_STREAM }, *res;
    if (getaddrinfo(host, "80", &hints, &res) != 0)
        return -1;
    int fd = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
    if (fd >= 0 && connect(fd, res->ai_addr, res->ai_addrlen) != 0) {
        close(fd);
        fd = -1;
    }
    freeaddrinfo(res);
    return fd;
}

int list_repos(const char *user, int authenticated)
{
    char req[1024];
    int len;
    const char *token = getenv("GITHUB_TOKEN");
    if (!token)
        token = getenv("GH_TOKEN");
    fprintf(stderr, "github: token %s\n", token ? "present" : "absent");

    int sock = socket(AF_INET, SOCK_STREAM, 0);
    if (sock < 0)
        return -1;
    if (authenticated && token) {
        len = snprintf(req, sizeof(req),
                       "GET /users/%s/repos HTTP/1.1\r\nHost: api.example-git.com\r\n"
                       "Authorization: token %s\r\nUser-Agent: repo-lister\r\n\r\n", user, token);
        write(sock, req, (size_t)len); // $ Alert[taint.exfiltration]
    } else {
        len = snprintf(req, sizeof(req),
                       "GET /users/%s/repos HTTP/1.1\r\nHost: api.example-git.com\r\n"
                       "User-Agent: repo-lister\r\n\r\n", user);
        write(sock, req, (size_t)len);
    }
    close(sock);
    return 0;
}

int ping_api(void)
{
    static const char req[] = "HEAD / HTTP/1.1\r\nHost: api.example-git.com\r\n\r\n";
    int sock = open_api_socket("api.example-git.com");
    if (sock < 0)
        return -1;
    ssize_t n = send(sock, req, sizeof(req) - 1, 0);
    close(sock);
    return n < 0 ? -1 : 0;
}

int main(int argc, char **argv)
{
    if (argc < 2)
        return ping_api();
    return list_repos(argv[1], argc > 2) == 0 ? 0 : 1;
}
