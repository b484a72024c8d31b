/*
 * taint.exfiltration (model rows): a UDP log shipper. Records read from a
 * file with getdelim(), or character by character with fgetc()/getc(), go
 * out with sendto()/send(). Look-alikes: a byte count parsed with
 * strtoull() and sent as a metric, and text the user types on stdin
 * (user input is not a secret of this machine).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <netinet/in.h>

int ship_records(int sock, const struct sockaddr_in *collector)
{
    FILE *log = fopen("/var/log/app/audit.log", "r");
    char *rec = NULL;
    size_t cap = 0;
    ssize_t n;
    if (!log)
        return -1;
    while ((n = getdelim(&rec, &cap, '\x1e', log)) > 0)
        sendto(sock, rec, (size_t)n, 0, (const struct sockaddr *)collector, sizeof(*collector)); // $ Alert[taint.exfiltration]
    free(rec);
    return fclose(log);
}

int ship_first_line(int sock, FILE *keyfile)
{
    char line[256];
    size_t n = 0;
    int c;
    while (n + 1 < sizeof(line) && (c = fgetc(keyfile)) != EOF && c != '\n')
        line[n++] = (char)c;
    line[n] = '\0';
    return (int)send(sock, line, n, 0); // $ Alert[taint.exfiltration]
}

int ship_hostname(int sock)
{
    FILE *f = fopen("/etc/hostname", "r");
    char name[64];
    size_t n = 0;
    int c;
    if (!f)
        return -1;
    while (n + 1 < sizeof(name) && (c = getc(f)) != EOF && c != '\n')
        name[n++] = (char)c;
    fclose(f);
    return (int)send(sock, name, n, 0); // $ Alert[taint.exfiltration]
}

int ship_metric(int sock, const struct sockaddr_in *collector)
{
    char msg[64], field[32];
    FILE *stat = fopen("/var/lib/app/bytes_total", "r");
    if (!stat || !fgets(field, sizeof(field), stat))
        return -1;
    fclose(stat);
    unsigned long long total = strtoull(field, NULL, 10);
    int len = snprintf(msg, sizeof(msg), "bytes_total:%llu|c", total);
    return (int)sendto(sock, msg, (size_t)len, 0, (const struct sockaddr *)collector, sizeof(*collector));
}

int chat_send(int sock)
{
    char msg[200];
    size_t n = 0;
    int c;
    while (n + 1 < sizeof(msg) && (c = getchar()) != EOF && c != '\n')
        msg[n++] = (char)c;
    msg[n] = '\0';
    return (int)send(sock, msg, n, 0);
}
