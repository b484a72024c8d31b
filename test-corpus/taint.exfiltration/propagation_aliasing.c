/*
 * taint.exfiltration: propagation through memcpy at an offset into a packet
 * buffer, fgets through a moving cursor pointer, strcat/strncat of several
 * env values, and sprintf through an alias of the output buffer.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/socket.h>
#include <arpa/inet.h>

/* Length-prefixed packet: 4-byte header followed by the config bytes. */
int send_config_packet(int sock)
{
    unsigned char pkt[1028];
    char cfg[1024];
    uint32_t len_be;
    size_t n;
    FILE *fp = fopen("/etc/app/config.json", "r");

    if (!fp)
        return -1;
    n = fread(cfg, 1, sizeof(cfg), fp);
    fclose(fp);
    len_be = htonl((uint32_t)n);
    memcpy(pkt, &len_be, 4);
    memcpy(pkt + 4, cfg, n);
    return send(sock, pkt, n + 4, 0) < 0 ? -1 : 0; // $ Alert[taint.exfiltration]
}

/* Read the deploy key into one buffer via a cursor, then send it. */
int send_deploy_key(int sock)
{
    char keybuf[2048];
    char *cursor = keybuf;
    size_t left = sizeof(keybuf);
    FILE *fp = fopen("/home/deploy/.ssh/id_ed25519", "r");

    if (!fp)
        return -1;
    keybuf[0] = '\0';
    while (left > 1 && fgets(cursor, (int)left, fp)) {
        size_t l = strlen(cursor);
        cursor += l;
        left -= l;
    }
    fclose(fp);
    return send(sock, keybuf, strlen(keybuf), 0) < 0 ? -1 : 0; // $ Alert[taint.exfiltration]
}

/* Diagnostics message assembled from several environment variables. */
void send_diagnostics(int sock)
{
    char msg[512] = "diag:";
    const char *path = getenv("PATH");
    const char *proxy = getenv("HTTPS_PROXY");

    if (path) {
        strcat(msg, " path=");
        strncat(msg, path, 200);
    }
    if (proxy) {
        strcat(msg, " proxy=");
        strncat(msg, proxy, 200);
    }
    strcat(msg, "\n");
    send(sock, msg, strlen(msg), 0); // $ Alert[taint.exfiltration]
}

/* Identify ourselves with the hostname read from /etc/hostname. */
int send_hello_with_hostname(int sock)
{
    char raw[128];
    char out[160];
    char *p = out;
    ssize_t n;
    int fd = open("/etc/hostname", O_RDONLY);

    if (fd < 0)
        return -1;
    n = read(fd, raw, sizeof(raw) - 1);
    close(fd);
    if (n <= 0)
        return -1;
    raw[n] = '\0';
    raw[strcspn(raw, "\n")] = '\0';
    sprintf(p, "HELLO %s\r\n", raw);
    return (int)send(sock, out, strlen(out), 0); // $ Alert[taint.exfiltration]
}
