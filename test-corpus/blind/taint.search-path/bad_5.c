// blind-expect: taint.search-path
// Image conversion worker that receives a job over TCP, including a tools directory, and runs the converter.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

static void run_job(char *msg)
{
    /* message format: TOOLDIR|INPUT|OUTPUT */
    char *tooldir = strtok(msg, "|");
    char *input = strtok(NULL, "|");
    char *output = strtok(NULL, "|\r\n");
    if (!tooldir || !input || !output)
        return;

    char path[1024];
    snprintf(path, sizeof path, "%s:/usr/bin:/bin", tooldir);
    setenv("PATH", path, 1);

    printf("converting %s -> %s\n", input, output);
    pid_t pid = fork();
    if (pid == 0) {
        char *args[] = { "convert", "/srv/in/current.png", "/srv/out/current.jpg", NULL };
        execvp("convert", args);
        _exit(127);
    }
    waitpid(pid, NULL, 0);
}

int main(void)
{
    struct sockaddr_in a;
    int s = socket(AF_INET, SOCK_STREAM, 0);
    if (s < 0)
        return 1;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_port = htons(9200);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (bind(s, (struct sockaddr *)&a, sizeof a) || listen(s, 5))
        return 1;
    for (;;) {
        char buf[1024];
        int c = accept(s, NULL, NULL);
        if (c < 0)
            continue;
        ssize_t n = recv(c, buf, sizeof buf - 1, 0);
        if (n > 0) {
            buf[n] = '\0';
            run_job(buf);
            send(c, "DONE\n", 5, 0);
        }
        close(c);
    }
    return 0;
}
