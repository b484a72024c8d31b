// taint.path-injection: data read into a buffer at an offset kept in a
// member of a global struct. The data goes into the buffer, not into the
// struct, so the struct's other members (the log file's name) stay clean
// (safe); a name read into a buffer at an offset and then opened (bad).
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

struct state {
    char *logfile;
    long filled;
    int fd;
};

struct state server;
static char pending[256];

void read_some(void)
{
    ssize_t n = read(server.fd, pending + server.filled, sizeof pending - server.filled - 1);
    if (n > 0)
        server.filled += n;
}

void log_line(const char *msg)
{
    FILE *f = fopen(server.logfile, "a");
    if (f) {
        fputs(msg, f);
        fclose(f);
    }
}

void open_named(int fd)
{
    char name[128];
    size_t off = 0;
    ssize_t n = read(fd, name + off, sizeof name - 1);
    if (n <= 0)
        return;
    name[n] = '\0';
    int out = open(name, O_RDONLY); // $ Alert[taint.path-injection]
    if (out >= 0)
        close(out);
}

int main(void)
{
    read_some();
    log_line("started");
    open_named(server.fd);
    return 0;
}
