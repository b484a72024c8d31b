// taint.path-injection (C++ library): std::filesystem::path objects built
// from external input with the constructor, operator/ and operator/=, then
// used by std::ifstream, std::ofstream::open(), std::filesystem::remove(),
// remove_all() and rename(). Look-alikes: paths built only from literals,
// and a tainted name of which only the extension is compared.
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

namespace fs = std::filesystem;

static const fs::path kUploads = "/srv/uploads";

std::string read_upload()
{
    std::string name;
    std::getline(std::cin, name);
    const fs::path p = kUploads / name;
    std::ifstream in(p); // $ Alert[taint.path-injection]
    return std::string(std::istreambuf_iterator<char>(in), {});
}

bool delete_upload()
{
    std::string name;
    std::cin >> name;
    fs::path p(kUploads);
    p /= name;
    return fs::remove(p); // $ Alert[taint.path-injection]
}

std::uintmax_t purge_workspace()
{
    const char *ws = std::getenv("WORKSPACE_DIR");
    if (ws == nullptr)
        return 0;
    return fs::remove_all(fs::path(ws) / "build"); // $ Alert[taint.path-injection]
}

void publish_report()
{
    const char *dest = std::getenv("PUBLISH_DIR");
    const fs::path target = fs::path(dest ? dest : "/srv/reports") / "latest.html";
    fs::rename("/tmp/report.html", target); // $ Alert[taint.path-injection]
}

void write_summary(const std::string &text)
{
    const char *dir = std::getenv("SUMMARY_DIR");
    std::ofstream out;
    out.open(fs::path(dir ? dir : ".") / "summary.txt"); // $ Alert[taint.path-injection]
    out << text;
}

bool clean_cache()
{
    const fs::path cache = fs::path("/var/cache") / "app" / "thumbs";
    std::ofstream marker(cache / ".cleaned");
    marker << "1\n";
    return fs::remove_all(cache) > 0;
}

bool is_image_upload()
{
    std::string name;
    std::cin >> name;
    const bool image = fs::path(name).extension() == ".png";
    std::ifstream types("/etc/app/mime.types");
    return image && types.good();
}
