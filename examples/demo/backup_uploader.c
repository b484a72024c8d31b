/*
 * backup-uploader [--dry-run]: archive BACKUP_SOURCE and upload it to the
 * server from /etc/backup-uploader.conf (server=, port=, log_file=).
 * Contains four intentional taint flaws, marked on their sink lines.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>

#define CONFIG_PATH "/etc/backup-uploader.conf"
#define ARCHIVE_PATH "/tmp/backup-uploader.tar.gz"
#define DEFAULT_PORT 7070

struct settings {
    char server[64];
    int port;
};

/* Reads server= and port= from the config file. */
static int load_settings(struct settings *s)
{
    char line[256];
    FILE *fp = fopen(CONFIG_PATH, "r");

    strcpy(s->server, "127.0.0.1");
    s->port = DEFAULT_PORT;
    if (!fp)
        return -1;
    while (fgets(line, sizeof(line), fp)) {
        line[strcspn(line, "\r\n")] = '\0';
        if (strncmp(line, "port=", 5) == 0)
            s->port = atoi(line + 5);
        else if (strncmp(line, "server=", 7) == 0)
            snprintf(s->server, sizeof(s->server), "%s", line + 7);
    }
    fclose(fp);
    return 0;
}

/* Opens the log file named by the log_file= config line. */
static FILE *open_log(void)
{
    char line[256];
    FILE *log = stderr;
    FILE *cfg = fopen(CONFIG_PATH, "r");

    if (!cfg)
        return log;
    while (fgets(line, sizeof(line), cfg)) {
        line[strcspn(line, "\r\n")] = '\0';
        if (strncmp(line, "log_file=", 9) == 0) {
            FILE *f = fopen(line + 9, "a"); // $ Alert[taint.path-injection]
            if (f)
                log = f;
            break;
        }
    }
    fclose(cfg);
    return log;
}

/* Packs BACKUP_SOURCE (default: /srv/data) into ARCHIVE_PATH. */
static int create_archive(FILE *log)
{
    char cmd[512];
    const char *src = getenv("BACKUP_SOURCE");

    if (!src)
        src = "/srv/data";
    snprintf(cmd, sizeof(cmd), "tar -czf %s -C %s .", ARCHIVE_PATH, src);
    fprintf(log, "archiving %s\n", src);
    return system(cmd); // $ Alert[taint.cmd-injection]
}

static int connect_server(const struct settings *s)
{
    struct sockaddr_in addr;
    int sock = socket(AF_INET, SOCK_STREAM, 0);

    if (sock < 0)
        return -1;
    memset(&addr, 0, sizeof(addr));
    addr.sin_family = AF_INET;
    addr.sin_port = htons((unsigned short)s->port);
    if (inet_pton(AF_INET, s->server, &addr.sin_addr) != 1 ||
        connect(sock, (struct sockaddr *)&addr, sizeof(addr)) < 0) {
        close(sock);
        return -1;
    }
    return sock;
}

/* Sends the protocol header, including the auth token. */
static int send_header(int sock)
{
    char header[256];
    const char *token = getenv("UPLOAD_TOKEN");

    if (!token)
        return -1;
    snprintf(header, sizeof(header), "BACKUP/1 token=%s name=%s\n", token, "nightly");
    return send(sock, header, strlen(header), 0) < 0 ? -1 : 0; // $ Alert[taint.exfiltration]
}

/* Streams the archive to the server. */
static int upload_archive(int sock, const char *path)
{
    char chunk[4096];
    size_t n;
    FILE *fp = fopen(path, "rb");

    if (!fp)
        return -1;
    while ((n = fread(chunk, 1, sizeof(chunk), fp)) > 0) {
        if (send(sock, chunk, n, 0) < 0) { // $ Alert[taint.exfiltration]
            fclose(fp);
            return -1;
        }
    }
    fclose(fp);
    send(sock, "END\n", 4, 0);
    return 0;
}

int main(int argc, char **argv)
{
    struct settings s;
    int dry_run = argc > 1 && strcmp(argv[1], "--dry-run") == 0;
    FILE *log = open_log();
    int sock, rc;

    load_settings(&s);
    if (create_archive(log) != 0) {
        fprintf(log, "archive failed\n");
        return 1;
    }
    if (dry_run) {
        fprintf(log, "dry run: would upload to %s:%d\n", s.server, s.port);
        return 0;
    }
    sock = connect_server(&s);
    if (sock < 0) {
        fprintf(log, "cannot reach %s:%d\n", s.server, s.port);
        return 1;
    }
    rc = send_header(sock) == 0 && upload_archive(sock, ARCHIVE_PATH) == 0 ? 0 : 1;
    close(sock);
    unlink(ARCHIVE_PATH);
    fprintf(log, "upload %s\n", rc == 0 ? "done" : "failed");
    return rc;
}
