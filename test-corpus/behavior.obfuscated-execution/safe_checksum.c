/*
 * behavior.obfuscated-execution, safe look-alike: checksum loops. A telemetry
 * client computes an 8-bit additive checksum and a XOR parity byte over its
 * record (loops that add and XOR array elements into a scalar) and sends the
 * record to a collector whose address is a plain literal.
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int main(void)
{
    unsigned char rec[64];
    unsigned char sum = 0, parity = 0;
    struct sockaddr_in sa;
    int len = snprintf((char *)rec, sizeof(rec) - 2, "temp=21.5;hum=40");

    for (int i = 0; i < len; i++) {
        sum += rec[i];
        parity ^= rec[i];
    }
    rec[len] = sum;
    rec[len + 1] = parity;

    memset(&sa, 0, sizeof(sa));
    sa.sin_family = AF_INET;
    sa.sin_port = htons(9125);
    if (inet_pton(AF_INET, "192.0.2.10", &sa.sin_addr) != 1)
        return 1;
    int s = socket(AF_INET, SOCK_DGRAM, 0);
    if (s < 0)
        return 1;
    if (connect(s, (struct sockaddr *)&sa, sizeof(sa)) == 0)
        send(s, rec, (size_t)len + 2, 0);
    close(s);
    return 0;
}
