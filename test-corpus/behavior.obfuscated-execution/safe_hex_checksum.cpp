// behavior.obfuscated-execution look-alike of hex_unpacked_host.cpp: a
// downloader unpacks the expected SHA-256 digest from hexadecimal digits
// with strtol(..., 16), as checksum tools do, and only compares it with
// the digest it computed. The host it connects to is written plainly:
// nothing hidden is run, loaded or contacted.
#include <cstdlib>
#include <cstring>
#include <netdb.h>
#include <sys/socket.h>
#include <unistd.h>

static const char kExpected[] =
    "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

static bool digest_matches(const unsigned char *digest)
{
    unsigned char want[32];
    char pair[3] = {0, 0, 0};
    for (size_t i = 0; i < sizeof want; i++) {
        pair[0] = kExpected[2 * i];
        pair[1] = kExpected[2 * i + 1];
        want[i] = static_cast<unsigned char>(std::strtol(pair, nullptr, 16));
    }
    return std::memcmp(want, digest, sizeof want) == 0;
}

int main()
{
    addrinfo hints{}, *res = nullptr;
    hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo("downloads.example.org", "443", &hints, &res) != 0)
        return 1;
    int fd = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
    freeaddrinfo(res);
    unsigned char digest[32] = {0};
    bool ok = digest_matches(digest);
    if (fd >= 0)
        close(fd);
    return ok ? 0 : 1;
}
