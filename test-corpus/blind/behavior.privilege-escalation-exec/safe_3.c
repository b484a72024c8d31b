// blind-expect: none
// Service launcher that binds a privileged port as root and then runs the worker as an unprivileged user.
#include <netinet/in.h>
#include <pwd.h>
#include <grp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static int bind_port(int port)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return -1;
    struct sockaddr_in addr;
    memset(&addr, 0, sizeof addr);
    addr.sin_family = AF_INET;
    addr.sin_port = htons((unsigned short)port);
    addr.sin_addr.s_addr = htonl(INADDR_ANY);
    if (bind(fd, (struct sockaddr *)&addr, sizeof addr) != 0 || listen(fd, 64) != 0) {
        close(fd);
        return -1;
    }
    return fd;
}

static int drop_to(const char *user)
{
    struct passwd *pw = getpwnam(user);
    if (!pw)
        return -1;
    if (setgroups(0, NULL) != 0)
        return -1;
    if (setgid(pw->pw_gid) != 0)
        return -1;
    if (setuid(pw->pw_uid) != 0)
        return -1;
    return setuid(0) == 0 ? -1 : 0;
}

int main(void)
{
    if (setuid(0) != 0) {
        fprintf(stderr, "launcher must run as root\n");
        return 1;
    }
    int fd = bind_port(443);
    if (fd < 0) {
        perror("bind");
        return 1;
    }
    if (drop_to("www-data") != 0) {
        fprintf(stderr, "cannot drop privileges\n");
        return 1;
    }
    char fdarg[16];
    snprintf(fdarg, sizeof fdarg, "%d", fd);
    execl("/usr/lib/webapp/worker", "worker", "--listen-fd", fdarg, (char *)NULL);
    perror("execl");
    return 1;
}
