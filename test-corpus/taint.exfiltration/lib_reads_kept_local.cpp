// Library reads whose data stays local: replies only compared, keys written
// to a memory BIO and measured, passwords and environment values only
// checked. Nothing here is sent, run or printed, so nothing is reported.
#include <cstddef>
#include <cstring>
#include <httplib.h>
#include <string>
#include <unistd.h>

typedef void CURL;
extern "C" int curl_easy_recv(CURL *curl, void *buffer, std::size_t buflen, std::size_t *n);
typedef struct bio_st BIO;
typedef struct evp_pkey_st EVP_PKEY;
extern "C" int BIO_read(BIO *b, void *data, int dlen);
extern "C" int PEM_write_bio_PrivateKey(BIO *bp, const EVP_PKEY *x, const void *enc,
                                        unsigned char *kstr, int klen, void *cb, void *u);
class QByteArray { public: bool isEmpty() const; };
QByteArray qgetenv(const char *name);
extern "C" unsigned long GetEnvironmentVariableA(const char *name, char *buf, unsigned long size);

bool server_said_ok(CURL *c)
{
    char reply[16] = {0};
    std::size_t got = 0;
    return curl_easy_recv(c, reply, sizeof(reply) - 1, &got) == 0 && std::strncmp(reply, "OK", 2) == 0;
}

int key_size(BIO *mem, const EVP_PKEY *key)
{
    char buf[4096];
    if (PEM_write_bio_PrivateKey(mem, key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return -1;
    return BIO_read(mem, buf, sizeof(buf));
}

bool service_up(httplib::Client &cli)
{
    auto r = cli.Get("/health");
    return r && r->status == 200;
}

bool password_confirmed()
{
    const char *a = getpass("Password: ");
    std::string first(a ? a : "");
    const char *b = getpass("Again: ");
    return b && first == b;
}

bool proxy_configured()
{
    char buf[256];
    return !qgetenv("HTTPS_PROXY").isEmpty() ||
           GetEnvironmentVariableA("HTTPS_PROXY", buf, sizeof(buf)) > 0;
}
