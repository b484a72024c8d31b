/*
 * behavior.exfiltration, safe look-alike: a cloud CLI with subcommands.
 * "profiles" reads ~/.aws/credentials and prints only how many profiles
 * it holds;
 * "ping" connects to the service's fixed address and sends a constant
 * health request. The credential read and the send are in different
 * subcommands that never run in the same invocation.
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static int list_profiles(void)
{
    char path[512], line[512];
    int profiles = 0;
    const char *home = getenv("HOME");
    if (!home)
        return 1;
    snprintf(path, sizeof(path), "%s/.aws/credentials", home);
    FILE *f = fopen(path, "r");
    if (!f)
        return 1;
    while (fgets(line, sizeof(line), f))
        if (line[0] == '[' && strchr(line, ']'))
            profiles++;
    fclose(f);
    printf("%d profile(s) configured\n", profiles);
    return 0;
}

static int ping(void)
{
    struct sockaddr_in sa;
    int s = socket(AF_INET, SOCK_STREAM, 0);
    memset(&sa, 0, sizeof(sa));
    sa.sin_family = AF_INET;
    sa.sin_port = htons(80);
    inet_pton(AF_INET, "198.18.0.10", &sa.sin_addr);
    if (connect(s, (struct sockaddr *)&sa, sizeof(sa)) != 0)
        return 1;
    const char *req = "GET /health HTTP/1.0\r\n\r\n";
    ssize_t n = send(s, req, strlen(req), 0);
    close(s);
    return n > 0 ? 0 : 1;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s profiles|ping\n", argv[0]);
        return 2;
    }
    if (strcmp(argv[1], "profiles") == 0)
        return list_profiles();
    if (strcmp(argv[1], "ping") == 0)
        return ping();
    return 2;
}
