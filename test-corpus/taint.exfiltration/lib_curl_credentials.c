/*
 * taint.exfiltration with libcurl: credentials in CURLOPT_USERPWD, _PASSWORD
 * and _COOKIE, a file in CURLOPT_COPYPOSTFIELDS, an escaped value in the URL,
 * a header list and curl_easy_send; look-alikes set the same options from
 * constants. It includes libcurl's headers; Sluice's bundled declarations
 * serve them when libcurl is not installed (models match by name).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <curl/curl.h>

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
