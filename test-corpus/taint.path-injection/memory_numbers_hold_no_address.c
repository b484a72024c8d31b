// taint.path-injection: a number read out of a structure carries its data
// but no address. A global state whose pointer members point to a file
// name and to a network buffer: copying its counters into a context and
// handing the context to helpers must not make the file name reachable
// from the network (safe); an address kept in a uintptr_t member still
// leads to the buffer it was taken from (bad).
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/socket.h>
#include <time.h>
#include <sys/ioctl.h>
#include <unistd.h>

struct state {
    char *rx_buf;
    char *logfile;
    long long threshold;
    _Atomic time_t now;
    uintptr_t saved;
    int sock;
};

struct state st;

struct context {
    unsigned long long deadline;
    long long started;
    char *label;
};

void receive(void)
{
    recv(st.sock, st.rx_buf, 4096, 0);
}

/* Counters of the global go into the context: numbers only. */
void make_context(struct context *ctx)
{
    ctx->deadline = st.threshold * 1000;
    ctx->started = st.now;
}

/* A library fills a count through a pointer: nothing lies behind it. */
void count_pending(struct context *ctx)
{
    int pending = 0;
    ioctl(st.sock, FIONREAD, &pending);
    ctx->started += pending;
}

void write_log(const char *line)
{
    FILE *f = fopen(st.logfile, "a");
    if (f) {
        fputs(line, f);
        fclose(f);
    }
}

void remember_buffer(void)
{
    st.saved = (uintptr_t)st.rx_buf;
}

void open_remembered(void)
{
    const char *name = (const char *)st.saved;
    int fd = open(name, O_RDONLY); // $ Alert[taint.path-injection]
    if (fd >= 0)
        close(fd);
}

int main(void)
{
    struct context ctx;
    receive();
    make_context(&ctx);
    count_pending(&ctx);
    write_log("started");
    remember_buffer();
    open_remembered();
    return 0;
}
