// behavior.tls-verification-disabled look-alike of curl_option_tables.cpp:
// the same option tables, with verification left on (VERIFYPEER 1,
// VERIFYHOST 2) next to options whose value is 0 (no timeout, no
// redirects). Each element is one option with its own value, so the zeros
// of other options do not turn verification off: nothing is reported.
#include <curl/curl.h>
#include <string>
#include <utility>
#include <vector>

struct curl_default {
    CURLoption option;
    long value;
};

static const curl_default kDefaults[] = {
    {CURLOPT_TIMEOUT, 0L},
    {CURLOPT_SSL_VERIFYPEER, 1L},
    {CURLOPT_FOLLOWLOCATION, 0L},
};

static size_t sink(char *, size_t size, size_t n, void *) { return size * n; }

int fetch_catalogue(const char *url)
{
    CURL *c = curl_easy_init();
    if (!c)
        return -1;
    for (size_t i = 0; i < sizeof kDefaults / sizeof kDefaults[0]; i++)
        curl_easy_setopt(c, kDefaults[i].option, kDefaults[i].value);
    const std::vector<std::pair<CURLoption, long>> more = {
        {CURLOPT_SSL_VERIFYHOST, 2L},
        {CURLOPT_NOSIGNAL, 0L},
    };
    for (const auto &o : more)
        curl_easy_setopt(c, o.first, o.second);
    curl_easy_setopt(c, CURLOPT_URL, url);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, sink);
    CURLcode rc = curl_easy_perform(c);
    curl_easy_cleanup(c);
    return rc == CURLE_OK ? 0 : -1;
}

int main()
{
    return fetch_catalogue("https://inventory.example.com/api/catalogue");
}
