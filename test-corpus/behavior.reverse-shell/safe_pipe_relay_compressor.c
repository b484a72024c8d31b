/*
 * Look-alike of a pipe relay shell: what arrives from the network is
 * written into a child's standard input through a pipe, but the child is a
 * fixed program (gzip), not a shell, so the peer controls data, not
 * commands.
 */
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static int start_compressor(int *to_child)
{
    int in[2];
    if (pipe(in) != 0)
        return -1;
    if (fork() == 0) {
        dup2(in[0], STDIN_FILENO);
        execl("/usr/bin/gzip", "gzip", "-c", (char *)NULL);
        _exit(1);
    }
    *to_child = in[1];
    return 0;
}

int main(void)
{
    struct sockaddr_in addr;
    int srv = socket(AF_INET, SOCK_STREAM, 0), to_gzip;
    memset(&addr, 0, sizeof addr);
    addr.sin_family = AF_INET;
    addr.sin_port = htons(7070);
    if (bind(srv, (struct sockaddr *)&addr, sizeof addr) != 0 || listen(srv, 1) != 0)
        return 1;
    int c = accept(srv, NULL, NULL);
    if (c < 0 || start_compressor(&to_gzip) != 0)
        return 1;
    char buf[4096];
    ssize_t n;
    while ((n = recv(c, buf, sizeof buf, 0)) > 0)
        write(to_gzip, buf, (size_t)n);
    return 0;
}
