// capabilities: URLDownloadToFileA. A help menu downloads the product manual
// (a PDF) into the user's documents folder; nothing runs it. It includes
// <windows.h> and <urlmon.h>; Sluice's bundled declarations serve them when
// the Windows SDK is not installed. No expectations.
#include <windows.h>
#include <urlmon.h>

#include <cstdio>

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
