// blind-expect: none
// Feed reader that downloads a JSON feed with libcurl into a cache file and counts its entries.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef void CURL;
typedef enum { CURLE_OK = 0 } CURLcode;
typedef enum {
    CURLOPT_WRITEDATA = 10001,
    CURLOPT_URL = 10002,
    CURLOPT_USERAGENT = 10018,
    CURLOPT_FAILONERROR = 45,
    CURLOPT_FOLLOWLOCATION = 52,
    CURLOPT_WRITEFUNCTION = 20011
} CURLoption;
CURL *curl_easy_init(void);
CURLcode curl_easy_setopt(CURL *curl, CURLoption option, ...);
CURLcode curl_easy_perform(CURL *curl);
void curl_easy_cleanup(CURL *curl);

#define FEED_URL "https://news.example.org/feed.json"
#define CACHE_PATH "/var/cache/feedreader/feed.json"

static size_t write_chunk(void *ptr, size_t size, size_t nmemb, void *userdata)
{
    return fwrite(ptr, size, nmemb, (FILE *)userdata);
}

static int fetch_feed(const char *url, const char *dest)
{
    FILE *fp = fopen(dest, "wb");
    if (!fp)
        return -1;
    CURL *curl = curl_easy_init();
    if (!curl) {
        fclose(fp);
        return -1;
    }
    curl_easy_setopt(curl, CURLOPT_URL, url);
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(curl, CURLOPT_FAILONERROR, 1L);
    curl_easy_setopt(curl, CURLOPT_USERAGENT, "feedreader/1.0");
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, write_chunk);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, fp);
    CURLcode rc = curl_easy_perform(curl);
    curl_easy_cleanup(curl);
    fclose(fp);
    return rc == CURLE_OK ? 0 : -1;
}

static int count_entries(const char *path)
{
    FILE *fp = fopen(path, "r");
    if (!fp)
        return -1;
    char line[1024];
    int n = 0;
    while (fgets(line, sizeof line, fp))
        for (char *p = line; (p = strstr(p, "\"title\"")) != NULL; p += 7)
            n++;
    fclose(fp);
    return n;
}

int main(void)
{
    if (fetch_feed(FEED_URL, CACHE_PATH) != 0) {
        fprintf(stderr, "feed download failed\n");
        return 1;
    }
    chmod(CACHE_PATH, 0644);
    int n = count_entries(CACHE_PATH);
    printf("%d new entries\n", n < 0 ? 0 : n);
    return 0;
}
