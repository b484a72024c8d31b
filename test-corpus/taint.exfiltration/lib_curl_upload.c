/*
 * taint.exfiltration with libcurl: credentials and file contents in request
 * bodies, headers, URLs and raw sends, next to requests carrying constants.
 * It includes libcurl's headers; Sluice's bundled declarations serve them
 * when libcurl is not installed (models match by name).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <curl/curl.h>

static size_t discard(char *ptr, size_t size, size_t nmemb, void *userdata)
{
    (void)ptr; (void)userdata;
    return size * nmemb;
}

int upload_token(void)
{
    CURL *c = curl_easy_init();
    const char *token = getenv("API_TOKEN");
    char header[256];
    struct curl_slist *h = NULL;
    snprintf(header, sizeof(header), "Authorization: Bearer %s", token ? token : "");
    h = curl_slist_append(h, header);
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, h); // $ Alert[taint.exfiltration]
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, discard);
    return curl_easy_perform(c);
}

int post_config(FILE *cfg)
{
    CURL *c = curl_easy_init();
    char body[512];
    if (!fgets(body, sizeof(body), cfg))
        return -1;
    curl_easy_setopt(c, CURLOPT_POSTFIELDS, body); // $ Alert[taint.exfiltration]
    return curl_easy_perform(c);
}

int report_user(void)
{
    CURL *c = curl_easy_init();
    char url[256];
    const char *user = getenv("LOGNAME");
    char *q = curl_easy_escape(c, user ? user : "", 0);
    snprintf(url, sizeof(url), "https://telemetry.example.com/u?name=%s", q);
    curl_easy_setopt(c, CURLOPT_URL, url); // $ Alert[taint.exfiltration]
    return curl_easy_perform(c);
}

int raw_send_secret(CURL *c)
{
    size_t sent = 0;
    const char *pw = getenv("DB_PASSWORD");
    return pw ? curl_easy_send(c, pw, strlen(pw), &sent) : -1; // $ Alert[taint.exfiltration]
}

int relay_reply(CURL *c)
{
    char buf[128];
    size_t got = 0;
    if (curl_easy_recv(c, buf, sizeof(buf) - 1, &got) != 0)
        return -1;
    buf[got] = '\0';
    return system(buf); // $ Alert[taint.cmd-injection]
}

int health_check(void)
{
    CURL *c = curl_easy_init();
    struct curl_slist *h = curl_slist_append(NULL, "Accept: application/json");
    size_t sent = 0;
    curl_easy_setopt(c, CURLOPT_URL, "https://status.example.com/health");
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, h);
    curl_easy_setopt(c, CURLOPT_POSTFIELDS, "{\"ping\":1}");
    curl_easy_setopt(c, CURLOPT_USERPWD, "monitor:public");
    curl_easy_send(c, "PING", 4, &sent);
    char *q = curl_easy_escape(c, "status page", 0);
    (void)q;
    return curl_easy_perform(c);
}
