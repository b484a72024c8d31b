// blind-expect: behavior.tls-verification-disabled
// Small HTTPS client wrapper used by an inventory sync job to download the product catalogue.
#include <cstdio>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

typedef void CURL;
typedef int CURLcode;
#define CURLE_OK 0
#define CURLOPT_WRITEDATA 10001
#define CURLOPT_URL 10002
#define CURLOPT_WRITEFUNCTION 20011
#define CURLOPT_SSL_VERIFYPEER 64
#define CURLOPT_SSL_VERIFYHOST 81
#define CURLOPT_TIMEOUT 13
extern "C" {
CURL *curl_easy_init(void);
int curl_easy_setopt(CURL *curl, int option, ...);
CURLcode curl_easy_perform(CURL *curl);
void curl_easy_cleanup(CURL *curl);
}

class HttpsClient {
public:
    HttpsClient() : curl_(curl_easy_init())
    {
        const std::vector<std::pair<int, long>> defaults = {
            {CURLOPT_TIMEOUT, 30L},
            {CURLOPT_SSL_VERIFYPEER, 0L},
            {CURLOPT_SSL_VERIFYHOST, 0L},
        };
        for (const auto &opt : defaults)
            curl_easy_setopt(curl_, opt.first, opt.second);
    }
    ~HttpsClient() { curl_easy_cleanup(curl_); }
    HttpsClient(const HttpsClient &) = delete;
    HttpsClient &operator=(const HttpsClient &) = delete;

    bool get(const std::string &url, std::string &body)
    {
        curl_easy_setopt(curl_, CURLOPT_URL, url.c_str());
        curl_easy_setopt(curl_, CURLOPT_WRITEFUNCTION, &HttpsClient::on_data);
        curl_easy_setopt(curl_, CURLOPT_WRITEDATA, &body);
        return curl_easy_perform(curl_) == CURLE_OK;
    }

private:
    static size_t on_data(char *ptr, size_t size, size_t nmemb, void *user)
    {
        static_cast<std::string *>(user)->append(ptr, size * nmemb);
        return size * nmemb;
    }

    CURL *curl_;
};

int main()
{
    HttpsClient client;
    std::string catalogue;
    if (!client.get("https://erp.example.com/api/catalogue.csv", catalogue)) {
        std::cerr << "download failed\n";
        return 1;
    }
    std::cout << "catalogue: " << catalogue.size() << " bytes\n";
    return 0;
}
