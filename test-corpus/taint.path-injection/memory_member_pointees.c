// taint.path-injection: what different pointer members of one structure
// point to is kept apart, across functions. A network reader fills the
// buffer one member points to; another function opens the file another
// member names (safe). Opening the name held in the filled buffer (bad),
// and a name a helper writes through a pointer to the structure (bad).
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

struct server_state {
    char *pipe_buf;
    char *logfile;
    int sock;
};

struct server_state server;

void pump(void)
{
    recv(server.sock, server.pipe_buf, 4096, 0);
}

void log_line(const char *msg)
{
    FILE *f = fopen(server.logfile, "a");
    if (f) {
        fputs(msg, f);
        fclose(f);
    }
}

void open_received(void)
{
    int fd = open(server.pipe_buf, O_RDONLY); // $ Alert[taint.path-injection]
    if (fd >= 0)
        close(fd);
}

struct log_state {
    char *logfile;
    char *scratch;
    int sock;
};

struct log_state logs;

/* Fills the log file's name of the state it is given. */
void fill_log(struct log_state *s)
{
    recv(s->sock, s->logfile, 256, 0);
}

void reopen_log(void)
{
    FILE *f = fopen(logs.logfile, "a"); // $ Alert[taint.path-injection]
    FILE *g = fopen(logs.scratch, "w");
    if (f)
        fclose(f);
    if (g)
        fclose(g);
}

int main(void)
{
    pump();
    log_line("started");
    open_received();
    fill_log(&logs);
    reopen_log();
    return 0;
}
