/*
 * taint.exfiltration with libcurl: credentials in CURLOPT_USERPWD, _PASSWORD
 * and _COOKIE, a file in CURLOPT_COPYPOSTFIELDS, an escaped value in the URL,
 * a header list and curl_easy_send; look-alikes set the same options from
 * constants. libcurl is declared here (models match by name).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef void CURL;
typedef enum {
    CURLOPT_URL = 10002,
    CURLOPT_USERPWD = 10005,
    CURLOPT_COOKIE = 10022,
    CURLOPT_HTTPHEADER = 10023,
    CURLOPT_COPYPOSTFIELDS = 10165,
    CURLOPT_PASSWORD = 10174
} CURLoption;
struct curl_slist;
CURL *curl_easy_init(void);
int curl_easy_setopt(CURL *curl, CURLoption option, ...);
int curl_easy_perform(CURL *curl);
int curl_easy_send(CURL *curl, const void *buffer, size_t buflen, size_t *n);
struct curl_slist *curl_slist_append(struct curl_slist *list, const char *string);
char *curl_easy_escape(CURL *curl, const char *string, int length);

int login_registry(CURL *c)
{
    char userpwd[256];
    const char *pw = getenv("REGISTRY_PASSWORD");
    snprintf(userpwd, sizeof(userpwd), "deploy:%s", pw ? pw : "");
    curl_easy_setopt(c, CURLOPT_USERPWD, userpwd); // $ Alert[taint.exfiltration]
    curl_easy_setopt(c, CURLOPT_PASSWORD, pw); // $ Alert[taint.exfiltration]
    return curl_easy_perform(c);
}

int resume_session(CURL *c)
{
    const char *sess = getenv("SESSION_COOKIE");
    struct curl_slist *hdrs = curl_slist_append(NULL, "Accept: */*");
    char line[128];
    snprintf(line, sizeof(line), "X-Session: %s", sess ? sess : "");
    hdrs = curl_slist_append(hdrs, line);
    curl_easy_setopt(c, CURLOPT_COOKIE, sess); // $ Alert[taint.exfiltration]
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, hdrs); // $ Alert[taint.exfiltration]
    return curl_easy_perform(c);
}

int upload_history(CURL *c, FILE *history)
{
    char body[1024];
    size_t n = fread(body, 1, sizeof(body) - 1, history);
    body[n] = '\0';
    curl_easy_setopt(c, CURLOPT_COPYPOSTFIELDS, body); // $ Alert[taint.exfiltration]
    return curl_easy_perform(c);
}

int lookup_host(CURL *c)
{
    char url[512];
    const char *host = getenv("HOSTNAME");
    char *q = curl_easy_escape(c, host ? host : "", 0);
    snprintf(url, sizeof(url), "https://inventory.example.com/hosts?name=%s", q);
    curl_easy_setopt(c, CURLOPT_URL, url); // $ Alert[taint.exfiltration]
    return curl_easy_perform(c);
}

int send_api_key(CURL *c)
{
    size_t sent = 0;
    const char *key = getenv("OPENAI_API_KEY");
    return key ? curl_easy_send(c, key, strlen(key), &sent) : -1; // $ Alert[taint.exfiltration]
}

int anonymous_probe(CURL *c)
{
    size_t sent = 0;
    struct curl_slist *hdrs = curl_slist_append(NULL, "User-Agent: probe/1.0");
    char *q = curl_easy_escape(c, "build status", 0);
    char url[256];
    snprintf(url, sizeof(url), "https://ci.example.com/search?q=%s", q);
    curl_easy_setopt(c, CURLOPT_URL, url);
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, hdrs);
    curl_easy_setopt(c, CURLOPT_USERPWD, "anonymous:");
    curl_easy_setopt(c, CURLOPT_COOKIE, "lang=en");
    curl_easy_setopt(c, CURLOPT_COPYPOSTFIELDS, "{}");
    curl_easy_send(c, "\r\n", 2, &sent);
    return curl_easy_perform(c);
}
