// blind-expect: behavior.dropper
// Agent self-updater that downloads the latest agent binary with libcurl and restarts into it.
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
const char *curl_easy_strerror(CURLcode);

#define UPDATE_URL "https://updates.fleetwatch.io/agent/linux-x86_64/latest"
#define AGENT_PATH "/opt/fleetwatch/bin/agent-next"

static size_t write_chunk(void *ptr, size_t size, size_t nmemb, void *userdata)
{
    FILE *fp = (FILE *)userdata;
    return fwrite(ptr, size, nmemb, fp);
}

static int fetch_update(const char *url, const char *dest)
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
    curl_easy_setopt(curl, CURLOPT_USERAGENT, "fleetwatch-agent/2.4");
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, write_chunk);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, fp);
    CURLcode rc = curl_easy_perform(curl);
    curl_easy_cleanup(curl);
    fclose(fp);
    if (rc != CURLE_OK) {
        fprintf(stderr, "download failed: %s\n", curl_easy_strerror(rc));
        unlink(dest);
        return -1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    (void)argc;
    printf("checking for updates...\n");
    if (fetch_update(UPDATE_URL, AGENT_PATH) != 0)
        return 1;
    if (chmod(AGENT_PATH, 0755) != 0) {
        perror("chmod");
        return 1;
    }
    printf("update installed, restarting\n");
    execv(AGENT_PATH, argv);
    perror("execv");
    return 1;
}
