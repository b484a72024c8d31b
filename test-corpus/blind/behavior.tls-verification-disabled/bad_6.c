// blind-expect: behavior.tls-verification-disabled
// Metrics pusher that posts a JSON summary of disk usage to an internal HTTPS endpoint with libcurl.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/statvfs.h>

typedef void CURL;
struct curl_slist;
typedef int CURLcode;
enum {
    CURLOPT_TIMEOUT = 13,
    CURLOPT_SSL_VERIFYPEER = 64,
    CURLOPT_SSL_VERIFYHOST = 81,
    CURLOPT_URL = 10002,
    CURLOPT_POSTFIELDS = 10015,
    CURLOPT_HTTPHEADER = 10023
};
CURL *curl_easy_init(void);
CURLcode curl_easy_setopt(CURL *curl, int option, ...);
CURLcode curl_easy_perform(CURL *curl);
void curl_easy_cleanup(CURL *curl);
struct curl_slist *curl_slist_append(struct curl_slist *list, const char *s);
void curl_slist_free_all(struct curl_slist *list);

#define ENDPOINT "https://metrics.corp.local:8443/api/disk"

static const char *mounts[] = { "/", "/var", "/home" };

static int build_payload(char *buf, size_t len)
{
    size_t off = (size_t)snprintf(buf, len, "{\"mounts\":[");
    for (size_t i = 0; i < sizeof mounts / sizeof mounts[0]; i++) {
        struct statvfs vfs;
        if (statvfs(mounts[i], &vfs) != 0)
            continue;
        double used = 100.0 * (double)(vfs.f_blocks - vfs.f_bfree) / (double)(vfs.f_blocks ? vfs.f_blocks : 1);
        off += (size_t)snprintf(buf + off, len - off, "%s{\"path\":\"%s\",\"used\":%.1f}",
                                off > 11 ? "," : "", mounts[i], used);
        if (off >= len)
            return -1;
    }
    snprintf(buf + off, len - off, "]}");
    return 0;
}

static int post_json(const char *url, const char *json)
{
    CURL *curl = curl_easy_init();
    if (!curl)
        return -1;
    struct curl_slist *hdrs = curl_slist_append(NULL, "Content-Type: application/json");
    curl_easy_setopt(curl, CURLOPT_URL, url);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, hdrs);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, json);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 15L);
    /* the metrics host uses a self-signed certificate */
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 0L);
    CURLcode rc = curl_easy_perform(curl);
    curl_slist_free_all(hdrs);
    curl_easy_cleanup(curl);
    return rc == 0 ? 0 : -1;
}

int main(void)
{
    char payload[1024];
    if (build_payload(payload, sizeof payload) != 0) {
        fprintf(stderr, "payload too large\n");
        return 1;
    }
    if (post_json(ENDPOINT, payload) != 0) {
        fprintf(stderr, "push failed\n");
        return 1;
    }
    printf("pushed: %s\n", payload);
    return 0;
}
