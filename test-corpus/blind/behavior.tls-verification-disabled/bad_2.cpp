// blind-expect: behavior.tls-verification-disabled
// Uploads a JSON build report to the team's dashboard over HTTPS.
#include <iostream>
#include <string>

typedef void CURL;
typedef int CURLcode;
#define CURLE_OK 0
#define CURLOPT_URL 10002
#define CURLOPT_POSTFIELDS 10015
#define CURLOPT_SSL_VERIFYPEER 64
#define CURLOPT_SSL_VERIFYHOST 81
#define CURL_GLOBAL_DEFAULT 3L
extern "C" {
CURLcode curl_global_init(long flags);
void curl_global_cleanup(void);
CURL *curl_easy_init(void);
int curl_easy_setopt(CURL *curl, int option, ...);
CURLcode curl_easy_perform(CURL *curl);
void curl_easy_cleanup(CURL *curl);
const char *curl_easy_strerror(CURLcode code);
}

static std::string make_report(const std::string &job, int passed, int failed)
{
    return "{\"job\":\"" + job + "\",\"passed\":" + std::to_string(passed) +
           ",\"failed\":" + std::to_string(failed) + "}";
}

int main(int argc, char **argv)
{
    std::string job = argc > 1 ? argv[1] : "nightly";
    std::string body = make_report(job, 412, 3);

    curl_global_init(CURL_GLOBAL_DEFAULT);
    CURL *curl = curl_easy_init();
    if (!curl)
        return 1;
    curl_easy_setopt(curl, CURLOPT_URL, "https://dashboard.example.org/api/reports");
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.c_str());
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 0L);
    CURLcode rc = curl_easy_perform(curl);
    if (rc != CURLE_OK)
        std::cerr << "upload failed: " << curl_easy_strerror(rc) << '\n';
    else
        std::cout << "report for " << job << " uploaded\n";
    curl_easy_cleanup(curl);
    curl_global_cleanup();
    return rc == CURLE_OK ? 0 : 1;
}
