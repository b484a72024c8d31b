/*
 * taint.exfiltration with libcurl: credentials and file contents in request
 * bodies, headers, URLs and raw sends, next to requests carrying constants.
 * The libcurl declarations are written out here (its headers need not be
 * installed; models match by name).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef void CURL;
typedef enum {
    CURLOPT_URL = 10002,
    CURLOPT_USERPWD = 10005,
    CURLOPT_POSTFIELDS = 10015,
    CURLOPT_HTTPHEADER = 10023,
    CURLOPT_WRITEFUNCTION = 20011
} CURLoption;
struct curl_slist;
CURL *curl_easy_init(void);
int curl_easy_setopt(CURL *curl, CURLoption option, ...);
int curl_easy_perform(CURL *curl);
int curl_easy_send(CURL *curl, const void *buffer, size_t buflen, size_t *n);
int curl_easy_recv(CURL *curl, void *buffer, size_t buflen, size_t *n);
struct curl_slist *curl_slist_append(struct curl_slist *list, const char *string);
char *curl_easy_escape(CURL *curl, const char *string, int length);

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
