// blind-expect: none
// Reads the node name from the app's config file and sends a heartbeat status line to the monitoring server.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>

static void read_node_name(char *out, size_t outlen)
{
    char path[512];
    const char *home = getenv("HOME");
    snprintf(path, sizeof path, "%s/.config/heartbeat/agent.conf", home ? home : "");
    snprintf(out, outlen, "unnamed");
    FILE *f = fopen(path, "r");
    if (!f)
        return;
    char line[256];
    while (fgets(line, sizeof line, f)) {
        if (strncmp(line, "node_name=", 10) == 0) {
            line[strcspn(line, "\r\n")] = '\0';
            snprintf(out, outlen, "%s", line + 10);
            break;
        }
    }
    fclose(f);
}

int main(void)
{
    char node[64];
    read_node_name(node, sizeof node);

    int s = socket(AF_INET, SOCK_STREAM, 0);
    if (s < 0)
        return 1;
    struct sockaddr_in addr;
    memset(&addr, 0, sizeof addr);
    addr.sin_family = AF_INET;
    addr.sin_port = htons(9100);
    inet_pton(AF_INET, "10.0.0.5", &addr.sin_addr);
    if (connect(s, (struct sockaddr *)&addr, sizeof addr) != 0) {
        perror("connect");
        close(s);
        return 1;
    }
    char msg[160];
    int n = snprintf(msg, sizeof msg, "STATUS node=%s state=ok uptime=%ld\n", node, (long)getpid());
    send(s, msg, (size_t)n, 0);
    close(s);
    return 0;
}
