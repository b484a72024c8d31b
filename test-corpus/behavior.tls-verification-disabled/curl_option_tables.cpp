// behavior.tls-verification-disabled: libcurl options applied from a
// table in a loop. A C-style array of {option, value} records and a
// std::vector of std::pair built from braces both carry
// CURLOPT_SSL_VERIFYPEER/VERIFYHOST set to 0; each element is read as one
// option with its own value. Look-alikes: safe_curl_option_tables.cpp.
#include <curl/curl.h>
#include <string>
#include <utility>
#include <vector>

struct curl_default {
    CURLoption option;
    long value;
};

static const curl_default kDefaults[] = {
    {CURLOPT_TIMEOUT, 30L},
    {CURLOPT_SSL_VERIFYPEER, 0L},
    {CURLOPT_FOLLOWLOCATION, 1L},
};

static size_t sink(char *, size_t size, size_t n, void *) { return size * n; }

int fetch_catalogue(const char *url)
{
    CURL *c = curl_easy_init();
    if (!c)
        return -1;
    for (size_t i = 0; i < sizeof kDefaults / sizeof kDefaults[0]; i++)
        curl_easy_setopt(c, kDefaults[i].option, kDefaults[i].value);
    curl_easy_setopt(c, CURLOPT_URL, url);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, sink);
    CURLcode rc = curl_easy_perform(c); // $ Alert[behavior.tls-verification-disabled]
    curl_easy_cleanup(c);
    return rc == CURLE_OK ? 0 : -1;
}

class Uploader {
public:
    Uploader() : curl_(curl_easy_init())
    {
        const std::vector<std::pair<CURLoption, long>> options = {
            {CURLOPT_CONNECTTIMEOUT, 10L},
            {CURLOPT_SSL_VERIFYHOST, 0L},
        };
        for (const auto &o : options)
            curl_easy_setopt(curl_, o.first, o.second);
    }
    ~Uploader() { curl_easy_cleanup(curl_); }
    bool put(const std::string &url, const std::string &body)
    {
        curl_easy_setopt(curl_, CURLOPT_URL, url.c_str());
        curl_easy_setopt(curl_, CURLOPT_POSTFIELDS, body.c_str());
        return curl_easy_perform(curl_) == CURLE_OK; // $ Alert[behavior.tls-verification-disabled]
    }

private:
    CURL *curl_;
};

int main()
{
    Uploader u;
    u.put("https://inventory.example.com/api/sync", "{}");
    return fetch_catalogue("https://inventory.example.com/api/catalogue");
}
