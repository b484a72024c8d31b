/*
 * behavior.exfiltration, safe look-alike: an SSH inventory tool. It reads
 * host names from ~/.ssh/known_hosts (public host keys, not credentials),
 * connects to port 22 of each and sends a constant client banner to record
 * the server's version string. Files under ~/.ssh are read and data is
 * sent, but nothing secret is read.
 */
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static void probe(const char *host)
{
    struct addrinfo hints = {0}, *ai;
    char banner[256] = {0};

    hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo(host, "22", &hints, &ai) != 0)
        return;
    int s = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
    if (s >= 0 && connect(s, ai->ai_addr, ai->ai_addrlen) == 0) {
        send(s, "SSH-2.0-inventory_1.0\r\n", 23, 0);
        if (recv(s, banner, sizeof(banner) - 1, 0) > 0)
            printf("%-30s %s", host, banner);
    }
    if (s >= 0)
        close(s);
    freeaddrinfo(ai);
}

int main(void)
{
    char path[512], line[2048];
    const char *home = getenv("HOME");

    if (!home)
        return 1;
    snprintf(path, sizeof(path), "%s/.ssh/known_hosts", home);
    FILE *f = fopen(path, "r");
    if (!f)
        return 1;
    while (fgets(line, sizeof(line), f)) {
        char *host = strtok(line, ", ");
        if (host && host[0] != '|' && host[0] != '#')
            probe(host);
    }
    fclose(f);
    return 0;
}
