// blind-expect: none
// Weather widget that caches the latest forecast JSON for the status bar.
#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#define FORECAST_URL "https://api.open-weather.example/v1/forecast?city=Lisbon"

static size_t write_cache(char *ptr, size_t size, size_t nmemb, void *userdata)
{
    return fwrite(ptr, size, nmemb, (FILE *)userdata) * size;
}

static void cache_path(char *out, size_t cap)
{
    struct passwd *pw = getpwuid(getuid());
    snprintf(out, cap, "%s/.cache/wxbar-forecast.json", pw ? pw->pw_dir : "/tmp");
}

static int refresh(const char *path)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        return -1;
    CURL *h = curl_easy_init();
    curl_easy_setopt(h, CURLOPT_URL, FORECAST_URL);
    curl_easy_setopt(h, CURLOPT_TIMEOUT, 10L);
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, write_cache);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, f);
    CURLcode rc = curl_easy_perform(h);
    curl_easy_cleanup(h);
    fclose(f);
    chmod(path, 0600);
    return rc == CURLE_OK ? 0 : -1;
}

static void show_temperature(const char *path)
{
    char buf[4096];
    FILE *f = fopen(path, "r");
    if (!f)
        return;
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = '\0';
    const char *t = strstr(buf, "\"temp\":");
    if (t)
        printf("%.1f°C\n", atof(t + 7));
    else
        puts("n/a");
}

int main(void)
{
    char path[512];
    cache_path(path, sizeof path);
    curl_global_init(CURL_GLOBAL_DEFAULT);
    if (refresh(path) != 0)
        fprintf(stderr, "using stale forecast\n");
    curl_global_cleanup();
    show_temperature(path);
    return 0;
}
