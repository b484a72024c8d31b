/*
 * behavior.obfuscated-execution, safe look-alike: a binary protocol header
 * built byte by byte. A tiny DNS client fills in the 12-byte query header
 * field by field (id, flags, counts), appends the question, and sends it to
 * the resolver named by a literal address. Protocol bytes are not a hidden
 * string.
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int main(void)
{
    unsigned char q[512];
    size_t n = 12;
    static const unsigned char question[] = "\x07" "example" "\x03" "com" "\x00" "\x00\x01" "\x00\x01";
    struct sockaddr_in ns;

    q[0] = 0x12; /* id */
    q[1] = 0x34;
    q[2] = 0x01; /* recursion desired */
    q[3] = 0x00;
    q[4] = 0x00; /* one question */
    q[5] = 0x01;
    q[6] = 0x00;
    q[7] = 0x00;
    q[8] = 0x00;
    q[9] = 0x00;
    q[10] = 0x00;
    q[11] = 0x00;
    memcpy(q + n, question, sizeof(question) - 1);
    n += sizeof(question) - 1;

    memset(&ns, 0, sizeof(ns));
    ns.sin_family = AF_INET;
    ns.sin_port = htons(53);
    if (inet_pton(AF_INET, "9.9.9.9", &ns.sin_addr) != 1)
        return 1;
    int s = socket(AF_INET, SOCK_DGRAM, 0);
    if (s < 0)
        return 1;
    if (connect(s, (struct sockaddr *)&ns, sizeof(ns)) == 0)
        send(s, q, n, 0);
    close(s);
    return 0;
}
