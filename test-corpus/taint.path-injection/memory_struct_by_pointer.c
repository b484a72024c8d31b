/*
 * taint.path-injection, memory: a download request struct is filled by a
 * parser that receives it BY POINTER (from a socket and from the
 * environment) and is consumed by a handler that also takes a pointer; one
 * path goes through a pointer-to-struct stored in another struct.
 * Look-alike: a request of the same type filled from constants only.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/types.h>
#include <sys/socket.h>

struct request {
    char file[128];
    int mode;
};

struct session {
    int sock;
    struct request *current;
};

static int parse_request(int sock, struct request *req)
{
    ssize_t n = recv(sock, req->file, sizeof(req->file) - 1, 0);
    if (n <= 0)
        return -1;
    req->file[n] = '\0';
    req->mode = O_RDONLY;
    return 0;
}

static void request_from_env(struct request *req)
{
    const char *f = getenv("DOWNLOAD_FILE");
    strncpy(req->file, f ? f : "index.html", sizeof(req->file) - 1);
    req->file[sizeof(req->file) - 1] = '\0';
    req->mode = O_RDONLY;
}

static int open_request(const struct request *req)
{
    char path[256];
    snprintf(path, sizeof(path), "/srv/www/%s", req->file);
    return open(path, req->mode); // $ Alert[taint.path-injection]
}

static FILE *open_session_file(const struct session *s)
{
    return fopen(s->current->file, "rb"); // $ Alert[taint.path-injection]
}

static FILE *open_fixed(const struct request *req)
{
    return fopen(req->file, "r");
}

int serve_client(int sock)
{
    struct request req;
    struct session s = { sock, &req };
    FILE *fp;

    if (parse_request(sock, &req) < 0)
        return -1;
    fp = open_session_file(&s);
    if (fp)
        fclose(fp);
    return open_request(&req);
}

int serve_from_env(void)
{
    struct request req;
    request_from_env(&req);
    return open_request(&req);
}

int serve_robots(void)
{
    struct request robots = { "/srv/www/robots.txt", O_RDONLY };
    FILE *fp = open_fixed(&robots);
    return fp ? fclose(fp) : -1;
}
