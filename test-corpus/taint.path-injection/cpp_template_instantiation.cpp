// taint.path-injection (C++): function templates. open_with<T>() and
// archive_path<T>() are instantiated with `char *` / `const char *` carrying
// external input, so the sink inside the template alerts (once per line,
// however many instantiations reach it). A pass-through template first()
// returns its tainted argument to a sink in the caller. Look-alikes: a
// template with a sink that is instantiated only with literal paths, and
// first() called with a literal.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

template <typename PathT>
std::FILE *open_with(PathT path, const char *mode)
{
    return std::fopen(path, mode); // $ Alert[taint.path-injection]
}

template <typename S>
std::string archive_path(const S &name)
{
    return std::string("/var/archive/") + name + ".tar";
}

template <typename T>
T first(T a, T /*b*/)
{
    return a;
}

template <typename PathT>
int remove_quietly(PathT path)
{
    return std::remove(path);
}

std::FILE *open_user_db()
{
    char *db = std::getenv("USER_DB");
    return db ? open_with(db, "r+") : nullptr;
}

std::FILE *open_request()
{
    char name[128];
    if (!std::fgets(name, sizeof(name), stdin))
        return nullptr;
    name[std::strcspn(name, "\n")] = '\0';
    const char *cname = name;
    return open_with(cname, "rb");
}

std::FILE *open_archive()
{
    const char *job = std::getenv("JOB_NAME");
    const std::string p = archive_path(std::string(job ? job : "default"));
    return std::fopen(p.c_str(), "rb"); // $ Alert[taint.path-injection]
}

int remove_lock()
{
    const char *lock = std::getenv("LOCK_FILE");
    const char *chosen = first(lock ? lock : "/run/app.lock", "/run/app.lock");
    return std::remove(chosen); // $ Alert[taint.path-injection]
}

int cleanup_fixed()
{
    const char *fixed = first("/tmp/app.sock", "/tmp/app.pid");
    int rc = remove_quietly(fixed);
    rc |= remove_quietly("/tmp/app.pid");
    return rc | remove_quietly(std::string("/tmp/app.stamp").c_str());
}
