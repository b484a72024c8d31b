/*
 * behavior.obfuscated-execution: a command-and-control address assembled one
 * character at a time (a "stack string"), so the IP never appears as a
 * literal, then used with inet_addr() and connect().
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int main(void)
{
    char host[16];
    struct sockaddr_in sa;
    int s;

    host[0] = '1';
    host[1] = '0';
    host[2] = '3';
    host[3] = '.';
    host[4] = '4';
    host[5] = '1';
    host[6] = '.';
    host[7] = '7';
    host[8] = '.';
    host[9] = '2';
    host[10] = '2';
    host[11] = '\0';
    memset(&sa, 0, sizeof(sa));
    sa.sin_family = AF_INET;
    sa.sin_port = htons(8443);
    sa.sin_addr.s_addr = inet_addr(host); // $ Alert[behavior.obfuscated-execution]
    s = socket(AF_INET, SOCK_STREAM, 0);
    if (s < 0)
        return 1;
    if (connect(s, (struct sockaddr *)&sa, sizeof(sa)) != 0) { // $ Alert[behavior.obfuscated-execution]
        close(s);
        return 1;
    }
    send(s, "hello\n", 6, 0);
    close(s);
    return 0;
}
