/*
 * behavior.dropper with libcurl: the "self-update" of a small agent. The
 * new binary is downloaded with CURLOPT_WRITEDATA pointing at a FILE*
 * opened for the target path, then made executable with chmod 0755 and
 * started with execv. It includes libcurl's headers; Sluice's bundled
 * declarations serve them when libcurl is not installed.
 */
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include <curl/curl.h>

#define UPDATE_URL "https://updates.example.net/agent/latest"
#define AGENT_PATH "/opt/agent/bin/agent.new"

int main(void)
{
    CURL *c = curl_easy_init();
    FILE *out = fopen(AGENT_PATH, "wb");
    if (!c || !out)
        return 1;
    curl_easy_setopt(c, CURLOPT_URL, UPDATE_URL);
    curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, fwrite);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, out);
    CURLcode rc = curl_easy_perform(c);
    fclose(out);
    curl_easy_cleanup(c);
    if (rc != CURLE_OK)
        return 1;
    chmod(AGENT_PATH, 0755); // $ Alert[behavior.dropper]
    char *const argv[] = {"agent", "--restart", NULL};
    execv(AGENT_PATH, argv); // $ Alert[behavior.dropper]
    return 1;
}
