/*
 * behavior.dropper, safe look-alike: a feed reader. It downloads a
 * compressed feed over a socket, saves it in its cache directory and
 * decompresses it with gzip run by execvp in a child. Something downloaded
 * is saved and a program runs, but the program is a fixed tool; the
 * downloaded file is only its input and is never made executable.
 */
#include <fcntl.h>
#include <netdb.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#define CACHE_FILE "/var/cache/feedreader/feed.xml.gz"

static unsigned char body[1 << 18];

int main(void)
{
    struct addrinfo hints = {0}, *ai;
    size_t len = 0;
    ssize_t n;

    hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo("feeds.example.org", "80", &hints, &ai) != 0)
        return 1;
    int s = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
    if (s < 0 || connect(s, ai->ai_addr, ai->ai_addrlen) != 0)
        return 1;
    freeaddrinfo(ai);
    const char *req = "GET /news.xml.gz HTTP/1.0\r\nHost: feeds.example.org\r\n\r\n";
    send(s, req, strlen(req), 0);
    while (len < sizeof(body) && (n = recv(s, body + len, sizeof(body) - len, 0)) > 0)
        len += (size_t)n;
    close(s);

    int fd = open(CACHE_FILE, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0)
        return 1;
    write(fd, body, len);
    close(fd);

    pid_t pid = fork();
    if (pid == 0) {
        char *argv[] = {"gzip", "-d", "-f", CACHE_FILE, NULL};
        execvp("gzip", argv);
        _exit(127);
    }
    int status;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : 1;
}
