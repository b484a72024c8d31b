/*
 * behavior.dropper look-alike of global_path_settings.c: the download goes
 * to a cache file named by a file-scope pointer, and the program then
 * points that variable at the installed, packaged tool before running it.
 * The global is assigned in the unit, so its initial text is not taken
 * for the name it holds at the exec: nothing downloaded is run.
 */
#include <netinet/in.h>
#include <arpa/inet.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static const char *g_tool = "/var/cache/tool/update.bin";

static int fetch(const char *dest)
{
    struct sockaddr_in a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_port = htons(8080);
    inet_pton(AF_INET, "198.51.100.40", &a.sin_addr);
    int s = socket(AF_INET, SOCK_STREAM, 0);
    if (s < 0 || connect(s, (struct sockaddr *)&a, sizeof a) != 0)
        return -1;
    FILE *f = fopen(dest, "wb");
    if (!f)
        return -1;
    char buf[4096];
    ssize_t n;
    while ((n = recv(s, buf, sizeof buf, 0)) > 0)
        fwrite(buf, 1, (size_t)n, f);
    fclose(f);
    close(s);
    return 0;
}

int main(void)
{
    fetch(g_tool);
    g_tool = "/usr/lib/tool/tool";
    execl(g_tool, "tool", "--verify-cache", (char *)NULL);
    return 1;
}
