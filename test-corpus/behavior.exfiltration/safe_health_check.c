/*
 * behavior.exfiltration, safe look-alike: a monitoring probe. It connects
 * to a fixed IP, sends a constant PING line, waits for PONG and exits with
 * a Nagios-style status. It reads its own config file for the timeout, but
 * no credential store.
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

static int read_timeout(void)
{
    int seconds = 5;
    FILE *f = fopen("/etc/probe/probe.conf", "r");
    if (f) {
        if (fscanf(f, "timeout=%d", &seconds) != 1)
            seconds = 5;
        fclose(f);
    }
    return seconds;
}

int main(void)
{
    struct sockaddr_in sa;
    struct timeval tv = {read_timeout(), 0};
    char reply[16] = {0};
    int s = socket(AF_INET, SOCK_STREAM, 0);

    setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
    memset(&sa, 0, sizeof(sa));
    sa.sin_family = AF_INET;
    sa.sin_port = htons(7001);
    sa.sin_addr.s_addr = inet_addr("10.20.0.15");
    if (connect(s, (struct sockaddr *)&sa, sizeof(sa)) != 0) {
        puts("CRITICAL - connect failed");
        return 2;
    }
    send(s, "PING\n", 5, 0);
    if (recv(s, reply, sizeof(reply) - 1, 0) <= 0 || strncmp(reply, "PONG", 4) != 0) {
        puts("WARNING - no PONG");
        return 1;
    }
    puts("OK - service answered");
    close(s);
    return 0;
}
