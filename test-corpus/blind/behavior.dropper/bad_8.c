// blind-expect: behavior.dropper
// Self-updater for a fleet monitoring agent that fetches the latest build.
#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#define UPDATE_URL "https://updates.fleetwatch.io/agent/linux-x86_64/latest"
#define AGENT_PATH "/opt/fleetwatch/bin/agent.new"

struct dl_state {
    FILE *out;
    size_t bytes;
};

static size_t on_data(char *ptr, size_t size, size_t nmemb, void *userdata)
{
    struct dl_state *st = userdata;
    size_t n = fwrite(ptr, size, nmemb, st->out);
    st->bytes += n * size;
    return n * size;
}

static int fetch_update(const char *url, const char *dest)
{
    struct dl_state st = { fopen(dest, "wb"), 0 };
    if (!st.out)
        return -1;
    CURL *h = curl_easy_init();
    curl_easy_setopt(h, CURLOPT_URL, url);
    curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, on_data);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &st);
    CURLcode rc = curl_easy_perform(h);
    curl_easy_cleanup(h);
    fclose(st.out);
    return (rc == CURLE_OK && st.bytes > 0) ? 0 : -1;
}

static void install_and_restart(const char *path)
{
    chmod(path, 0755);
    if (rename(path, "/opt/fleetwatch/bin/agent") != 0)
        perror("rename");
    execl("/opt/fleetwatch/bin/agent", "agent", "--post-update", (char *)NULL);
    perror("execl");
}

int main(void)
{
    curl_global_init(CURL_GLOBAL_DEFAULT);
    if (fetch_update(UPDATE_URL, AGENT_PATH) != 0) {
        fprintf(stderr, "update download failed\n");
        curl_global_cleanup();
        return 1;
    }
    curl_global_cleanup();
    install_and_restart(AGENT_PATH);
    return 1;
}
