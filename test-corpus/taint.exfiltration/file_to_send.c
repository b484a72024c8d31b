/*
 * taint.exfiltration: file content (fgets, fread, fscanf) sent over the
 * network with send() / sendto(). The file paths are parameters or
 * constants, so no path-injection is expected here.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>

/* Stream a report to the collector line by line. */
int upload_report(int sock, const char *report_path)
{
    char line[512];
    FILE *fp = fopen(report_path, "r");

    if (!fp)
        return -1;
    while (fgets(line, sizeof(line), fp)) {
        if (send(sock, line, strlen(line), 0) < 0) { // $ Alert[taint.exfiltration]
            fclose(fp);
            return -1;
        }
    }
    fclose(fp);
    return 0;
}

/* Ship the last crash dump to the crash server over UDP in chunks. */
int ship_crash_dump(void)
{
    char chunk[1024];
    size_t n;
    struct sockaddr_in dst;
    int sock = socket(AF_INET, SOCK_DGRAM, 0);
    FILE *dump = fopen("/var/crash/last.core", "rb");

    if (sock < 0 || !dump)
        return -1;
    memset(&dst, 0, sizeof(dst));
    dst.sin_family = AF_INET;
    dst.sin_port = htons(9999);
    inet_pton(AF_INET, "10.0.0.5", &dst.sin_addr);
    while ((n = fread(chunk, 1, sizeof(chunk), dump)) > 0)
        sendto(sock, chunk, n, 0, (struct sockaddr *)&dst, sizeof(dst)); // $ Alert[taint.exfiltration]
    fclose(dump);
    close(sock);
    return 0;
}

/* Register the device serial number with the license server. */
int send_device_serial(int sock)
{
    char serial[64];
    char msg[128];
    int len;
    FILE *fp = fopen("/etc/device/serial", "r");

    if (!fp)
        return -1;
    if (fscanf(fp, "%63s", serial) != 1) {
        fclose(fp);
        return -1;
    }
    fclose(fp);
    len = snprintf(msg, sizeof(msg), "SERIAL %s\r\n", serial);
    return send(sock, msg, (size_t)len, 0) < 0 ? -1 : 0; // $ Alert[taint.exfiltration]
}
