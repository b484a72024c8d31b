/*
 * behavior.tls-verification-disabled, safe look-alike: the right fix for a
 * private CA. Verification stays on (VERIFYPEER 1, VERIFYHOST 2, set
 * explicitly), the company CA bundle is trusted with CURLOPT_CAINFO and the
 * report is posted with curl_easy_perform. It includes libcurl's headers;
 * Sluice's bundled declarations serve them when libcurl is not installed.
 */
#include <stdio.h>

#include <curl/curl.h>

int main(void)
{
    CURL *curl = curl_easy_init();
    if (!curl)
        return 1;
    curl_easy_setopt(curl, CURLOPT_URL, "https://metrics.internal.example.com/api/v1/push");
    curl_easy_setopt(curl, CURLOPT_CAINFO, "/etc/acme/pki/corp-root-ca.pem");
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, "{\"cpu\":0.42}");
    CURLcode rc = curl_easy_perform(curl);
    if (rc != CURLE_OK)
        fprintf(stderr, "upload failed (%d)\n", (int)rc);
    curl_easy_cleanup(curl);
    return rc == CURLE_OK ? 0 : 1;
}
