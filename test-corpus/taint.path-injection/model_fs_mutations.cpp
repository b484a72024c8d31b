// taint.path-injection (model rows): std::filesystem operations that create,
// copy, link or change files: create_directory, create_directories,
// permissions, resize_file, create_symlink, create_hard_link, copy and
// copy_file, with paths from the environment or std::cin. Look-alikes:
// fixed paths, and a name made from a number parsed with std::stoul.
// Not found yet: the link name (argument 1) of create_hard_link, whose row
// only names argument 0 (the existing target).
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>

namespace fs = std::filesystem;

bool make_workspace()
{
    const char *ws = std::getenv("WORKSPACE");
    if (ws == nullptr)
        return false;
    const fs::path root(ws);
    fs::create_directories(root / "cache"); // $ Alert[taint.path-injection]
    return fs::create_directory(root / "tmp"); // $ Alert[taint.path-injection]
}

void share_upload()
{
    std::string name;
    std::getline(std::cin, name);
    fs::permissions(fs::path("/srv/uploads") / name, fs::perms::others_read, fs::perm_options::add); // $ Alert[taint.path-injection]
}

void preallocate(std::uintmax_t bytes)
{
    const char *img = std::getenv("DISK_IMAGE");
    fs::resize_file(img ? img : "/var/lib/vm/disk.img", bytes); // $ Alert[taint.path-injection]
}

void link_latest()
{
    std::string build;
    std::cin >> build;
    fs::create_symlink(fs::path("/srv/builds") / build, "/srv/builds/latest"); // $ Alert[taint.path-injection]
    fs::create_hard_link("/srv/builds/manifest.json", fs::path(build) / "manifest.json"); // $ Alert[taint.path-injection]
}

void backup_config()
{
    const char *dest = std::getenv("BACKUP_DEST");
    const fs::path target = dest ? fs::path(dest) : fs::path("/var/backups");
    fs::copy_file("/etc/app/app.conf", target / "app.conf", fs::copy_options::overwrite_existing); // $ Alert[taint.path-injection]
    fs::copy("/etc/app/conf.d", target / "conf.d", fs::copy_options::recursive); // $ Alert[taint.path-injection]
}

void prepare_release_dirs()
{
    const fs::path base = "/srv/releases";
    fs::create_directories(base / "staging");
    fs::permissions(base / "staging", fs::perms::owner_all);
    fs::copy_file("/etc/app/app.conf", base / "staging" / "app.conf", fs::copy_options::skip_existing);
    fs::create_symlink(base / "staging", base / "current");
}

bool make_shard_dir()
{
    std::string text;
    std::getline(std::cin, text);
    const unsigned long shard = std::stoul(text) % 64;
    return fs::create_directory(fs::path("/srv/shards") / std::to_string(shard));
}
