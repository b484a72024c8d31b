/*
 * taint.path-injection with libcurl: output and purge file names taken from
 * response headers (CURLOPT_HEADERDATA, a CURLOPT_HEADERFUNCTION callback)
 * and from curl_easy_recv. Look-alikes write to fixed paths and only count
 * what the server sent. It includes libcurl's headers; Sluice's bundled
 * declarations serve them when libcurl is not installed.
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <curl/curl.h>

struct headers {
    char text[2048];
    size_t len;
};

static size_t keep_header(char *ptr, size_t size, size_t nmemb, void *userdata)
{
    struct headers *h = userdata;
    size_t n = size * nmemb;
    if (h->len + n < sizeof(h->text)) {
        memcpy(h->text + h->len, ptr, n);
        h->text[h->len += n] = '\0';
    }
    return n;
}

FILE *open_named_download(CURL *c)
{
    struct headers h = {{0}, 0};
    curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, keep_header);
    curl_easy_setopt(c, CURLOPT_HEADERDATA, &h);
    if (curl_easy_perform(c) != 0)
        return NULL;
    char *name = strstr(h.text, "filename=");
    if (!name)
        return NULL;
    name[strcspn(name, "\r\n")] = '\0';
    return fopen(name + 9, "wb"); // $ Alert[taint.path-injection]
}

static size_t on_header(char *ptr, size_t size, size_t nmemb, void *userdata)
{
    char line[512];
    size_t n = size * nmemb < sizeof(line) - 1 ? size * nmemb : sizeof(line) - 1;
    memcpy(line, ptr, n);
    line[n] = '\0';
    if (strncmp(line, "X-Cache-Purge: ", 15) == 0)
        unlink(line + 15); // $ Alert[taint.path-injection]
    return size * nmemb;
}

int apply_purges(CURL *c)
{
    char path[256];
    size_t got = 0;
    curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, on_header);
    if (curl_easy_perform(c) != 0 || curl_easy_recv(c, path, sizeof(path) - 1, &got) != 0)
        return -1;
    path[got] = '\0';
    return remove(path); // $ Alert[taint.path-injection]
}

int download_fixed(CURL *c)
{
    FILE *out = fopen("/var/cache/app/latest.tar.gz", "wb");
    char ack[16];
    size_t got = 0;
    if (!out)
        return -1;
    curl_easy_setopt(c, CURLOPT_URL, "https://releases.example.com/latest.tar.gz");
    curl_easy_setopt(c, CURLOPT_WRITEDATA, out);
    int rc = curl_easy_perform(c);
    fclose(out);
    curl_easy_recv(c, ack, sizeof(ack), &got);
    printf("server acknowledged %zu bytes\n", got);
    return rc;
}
