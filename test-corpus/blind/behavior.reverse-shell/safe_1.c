// blind-expect: none
// Batch job that sends its diagnostic output to a central log collector by pointing stderr at a TCP connection.
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <time.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>

static int open_log_sink(const char *ip, unsigned short port)
{
    int s = socket(AF_INET, SOCK_STREAM, 0);
    if (s < 0)
        return -1;
    struct sockaddr_in sa;
    memset(&sa, 0, sizeof sa);
    sa.sin_family = AF_INET;
    sa.sin_port = htons(port);
    inet_pton(AF_INET, ip, &sa.sin_addr);
    if (connect(s, (struct sockaddr *)&sa, sizeof sa) != 0) {
        close(s);
        return -1;
    }
    return s;
}

static long process_batch(int id)
{
    long sum = 0;
    for (int i = 0; i < 100000; i++)
        sum += (i * id) % 97;
    return sum;
}

int main(void)
{
    int s = open_log_sink("10.0.0.20", 5140);
    if (s >= 0) {
        dup2(s, STDERR_FILENO);
        close(s);
        setvbuf(stderr, NULL, _IOLBF, 0);
    }
    for (int id = 1; id <= 5; id++) {
        time_t t = time(NULL);
        long r = process_batch(id);
        fprintf(stderr, "[%ld] batch %d done result=%ld\n", (long)t, id, r);
        printf("batch %d: %ld\n", id, r);
    }
    fprintf(stderr, "all batches complete\n");
    return 0;
}
