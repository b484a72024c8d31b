/*
 * behavior.reverse-shell, safe look-alike: a local control port for a
 * service. It accepts a client, reads a one-word request and runs a fixed
 * command for it through system() ("restart", "reload"), then writes a
 * constant reply with send. A shell runs and a socket is open, but the
 * socket never becomes the shell's standard I/O and the client cannot
 * choose the command.
 */
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static void reply(int c, int status)
{
    const char *msg = status == 0 ? "ok\n" : "failed\n";
    send(c, msg, strlen(msg), 0);
}

int main(void)
{
    struct sockaddr_in a;
    int srv = socket(AF_INET, SOCK_STREAM, 0);

    memset(&a, 0, sizeof(a));
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = htons(9100);
    if (bind(srv, (struct sockaddr *)&a, sizeof(a)) < 0 || listen(srv, 4) < 0)
        return 1;
    for (;;) {
        char req[16] = {0};
        int c = accept(srv, NULL, NULL);
        if (c < 0)
            continue;
        if (recv(c, req, sizeof(req) - 1, 0) > 0) {
            if (strncmp(req, "restart", 7) == 0)
                reply(c, system("systemctl restart webapp.service"));
            else if (strncmp(req, "reload", 6) == 0)
                reply(c, system("systemctl reload webapp.service"));
            else
                send(c, "unknown\n", 8, 0);
        }
        close(c);
    }
}
