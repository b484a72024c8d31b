// blind-expect: none
// Privilege-separated signer that hands a key digest to its sandboxed worker.
#include <pwd.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

static uint64_t digest_file(const char *path)
{
    uint64_t h = 1469598103934665603ULL;
    int c;
    FILE *f = fopen(path, "rb");
    if (!f)
        return 0;
    while ((c = fgetc(f)) != EOF) {
        h ^= (unsigned char)c;
        h *= 1099511628211ULL;
    }
    fclose(f);
    return h;
}

static void worker(int fd)
{
    uint64_t d = 0;
    if (read(fd, &d, sizeof d) == (ssize_t)sizeof d)
        printf("worker: key id %016llx loaded\n", (unsigned long long)d);
    close(fd);
    _exit(0);
}

int main(void)
{
    int sv[2];
    char path[512];
    struct passwd *pw = getpwuid(getuid());
    snprintf(path, sizeof path, "%s/.ssh/id_ed25519", pw ? pw->pw_dir : "/root");

    if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) != 0) {
        perror("socketpair");
        return 1;
    }
    pid_t pid = fork();
    if (pid == 0) {
        close(sv[0]);
        worker(sv[1]);
    }
    close(sv[1]);
    uint64_t d = digest_file(path);
    if (write(sv[0], &d, sizeof d) != (ssize_t)sizeof d)
        perror("write");
    close(sv[0]);
    waitpid(pid, NULL, 0);
    return 0;
}
