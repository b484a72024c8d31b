// capabilities: URLDownloadToFileA. A help menu downloads the product manual
// (a PDF) into the user's documents folder; nothing runs it. Win32
// declarations are written out here. No expectations.
#include <cstdio>

extern "C" {
typedef long HRESULT;
typedef unsigned long DWORD;
HRESULT URLDownloadToFileA(void *caller, const char *url, const char *file, DWORD reserved,
                           void *callback);
}

int main()
{
    HRESULT hr = URLDownloadToFileA(nullptr, "https://downloads.example.com/acme/manual-3.2.pdf", "C:\\Users\\Public\\Documents\\acme-manual.pdf", 0, nullptr);
    if (hr != 0) {
        std::fprintf(stderr, "download failed: %ld\n", hr);
        return 1;
    }
    std::puts("manual saved to Public Documents");
    return 0;
}
