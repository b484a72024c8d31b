/*
 * taint.cmd-injection with libcurl: a response body collected through
 * CURLOPT_WRITEDATA and then run, next to a response only measured. It
 * includes libcurl's headers; Sluice's bundled declarations serve them when
 * libcurl is not installed (models match by name).
 */
#include <stdlib.h>
#include <string.h>

#include <curl/curl.h>

struct body {
    char data[4096];
    size_t len;
};

static size_t collect(char *ptr, size_t size, size_t nmemb, void *userdata)
{
    struct body *b = userdata;
    size_t n = size * nmemb;
    if (b->len + n >= sizeof(b->data))
        n = sizeof(b->data) - b->len - 1;
    memcpy(b->data + b->len, ptr, n);
    b->len += n;
    b->data[b->len] = '\0';
    return size * nmemb;
}

int run_remote_script(void)
{
    struct body b = {{0}, 0};
    CURL *c = curl_easy_init();
    curl_easy_setopt(c, CURLOPT_URL, "https://config.example.com/bootstrap.sh");
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &b);
    if (curl_easy_perform(c) != 0)
        return -1;
    return system(b.data); // $ Alert[taint.cmd-injection]
}

static size_t run_each_chunk(char *ptr, size_t size, size_t nmemb, void *userdata)
{
    (void)userdata;
    ptr[size * nmemb - 1] = '\0';
    system(ptr); // $ Alert[taint.cmd-injection]
    return size * nmemb;
}

int stream_commands(void)
{
    CURL *c = curl_easy_init();
    curl_easy_setopt(c, CURLOPT_URL, "https://jobs.example.com/stream");
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, run_each_chunk);
    return curl_easy_perform(c);
}

size_t download_size(void)
{
    struct body b = {{0}, 0};
    CURL *c = curl_easy_init();
    curl_easy_setopt(c, CURLOPT_URL, "https://config.example.com/motd");
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &b);
    curl_easy_perform(c);
    system("logger motd fetched");
    return b.len;
}
