/*
 * taint.path-injection: a number received from the network is written out
 * as decimal digits by a hand-written helper (quotient and remainder by
 * ten, as itoa does) and the digits name a spool file: digits cannot climb
 * out of the folder, nothing is reported. The look-alike copies the
 * received bytes one by one through the same kind of loop, and that path
 * is reported.
 */
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static char digits_buf[16];

/* Renders n in decimal into a static buffer, like busybox's utoa. */
static const char *to_decimal(unsigned n)
{
    char *p = digits_buf + sizeof(digits_buf) - 1;
    *p = '\0';
    do {
        *--p = (char)('0' + n % 10);
        n /= 10;
    } while (n);
    return p;
}

/* Same loop shape, but the characters themselves are kept. */
static const char *copy_name(const char *src, char *dst, size_t cap)
{
    size_t i = 0;
    while (src[i] && i + 1 < cap) {
        dst[i] = src[i];
        ++i;
    }
    dst[i] = '\0';
    return dst;
}

int serve_one(int sock)
{
    unsigned job = 0;
    char name[64];
    char path[128];
    char spool[128];
    ssize_t n;

    if (recv(sock, &job, sizeof job, 0) != (ssize_t)sizeof job)
        return -1;
    snprintf(spool, sizeof spool, "/var/spool/jobs/%s", to_decimal(job));
    FILE *f = fopen(spool, "r");
    if (f)
        fclose(f);

    n = recv(sock, name, sizeof name - 1, 0);
    if (n <= 0)
        return -1;
    name[n] = '\0';
    char copy[64];
    snprintf(path, sizeof path, "/var/spool/jobs/%s", copy_name(name, copy, sizeof copy));
    return unlink(path); // $ Alert[taint.path-injection]
}
