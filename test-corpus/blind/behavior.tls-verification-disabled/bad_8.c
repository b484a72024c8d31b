// blind-expect: behavior.tls-verification-disabled
// Home-lab dashboard poller that reads status JSON from the NAS appliance.
#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct buffer {
    char *data;
    size_t len;
};

static size_t collect(char *ptr, size_t size, size_t nmemb, void *userdata)
{
    struct buffer *b = userdata;
    size_t n = size * nmemb;
    char *p = realloc(b->data, b->len + n + 1);
    if (!p)
        return 0;
    memcpy(p + b->len, ptr, n);
    b->data = p;
    b->len += n;
    b->data[b->len] = '\0';
    return n;
}

static void configure(CURL *h, const char *url, struct buffer *out)
{
    curl_easy_setopt(h, CURLOPT_URL, url);
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 0L);
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 0L);
    curl_easy_setopt(h, CURLOPT_TIMEOUT, 15L);
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, out);
}

int main(void)
{
    const char *urls[] = {
        "https://nas.home.arpa:5001/api/status",
        "https://nas.home.arpa:5001/api/volumes",
    };
    curl_global_init(CURL_GLOBAL_DEFAULT);
    for (size_t i = 0; i < 2; i++) {
        struct buffer b = { NULL, 0 };
        CURL *h = curl_easy_init();
        configure(h, urls[i], &b);
        CURLcode rc = curl_easy_perform(h);
        if (rc == CURLE_OK)
            printf("%s\n%s\n", urls[i], b.data ? b.data : "");
        else
            fprintf(stderr, "%s: %s\n", urls[i], curl_easy_strerror(rc));
        curl_easy_cleanup(h);
        free(b.data);
    }
    curl_global_cleanup();
    return 0;
}
