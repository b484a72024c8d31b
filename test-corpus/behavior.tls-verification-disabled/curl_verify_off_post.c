/*
 * behavior.tls-verification-disabled with libcurl: "fix" for a certificate
 * error. A metrics uploader turns off CURLOPT_SSL_VERIFYPEER and
 * CURLOPT_SSL_VERIFYHOST and then posts its JSON with an API key header
 * through curl_easy_perform. It includes libcurl's headers; Sluice's bundled
 * declarations serve them when libcurl is not installed.
 */
#include <stdio.h>

#include <curl/curl.h>

int main(void)
{
    CURL *curl = curl_easy_init();
    if (!curl)
        return 1;
    struct curl_slist *hdrs = curl_slist_append(NULL, "Content-Type: application/json");
    hdrs = curl_slist_append(hdrs, "X-Api-Key: mk_live_2f9a61c0d7");
    curl_easy_setopt(curl, CURLOPT_URL, "https://metrics.internal.example.com/api/v1/push");
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, hdrs);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, "{\"cpu\":0.42,\"mem\":0.63}");
    /* self-signed cert on the metrics box: skip verification */
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 0L);
    CURLcode rc = curl_easy_perform(curl); // $ Alert[behavior.tls-verification-disabled]
    if (rc != CURLE_OK)
        fprintf(stderr, "upload failed: %s\n", curl_easy_strerror(rc));
    curl_slist_free_all(hdrs);
    curl_easy_cleanup(curl);
    return rc == CURLE_OK ? 0 : 1;
}
