// taint.path-injection: a name checked character by character by a helper
// before it is joined to a directory. is_plain_name() lets only letters,
// digits, '_' and '-' through, so the name cannot leave the directory: no
// alert. Bad twins: an allowlist that also lets '/' through (a path with
// directories), and the C-string variant whose loop accepts any printable
// character.
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

static bool is_plain_name(const std::string &name)
{
    if (name.empty() || name.size() > 64)
        return false;
    for (char c : name) {
        unsigned char u = static_cast<unsigned char>(c);
        if (!std::isalnum(u) && c != '_' && c != '-')
            return false;
    }
    return true;
}

static bool is_relative_path(const std::string &name)
{
    for (char c : name)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '/' && c != '.')
            return false;
    return true;
}

static int printable(const char *s)
{
    for (size_t i = 0; s[i] != '\0'; i++)
        if (!isprint((unsigned char)s[i]))
            return 0;
    return 1;
}

void save_note(const char *arg)
{
    std::string name = arg;
    if (!is_plain_name(name))
        return;
    std::ofstream out("/var/lib/notes/" + name + ".txt");
    out << "note\n";
}

void save_checked_by_lambda(const char *arg)
{
    auto plain = [](const std::string &s) {
        for (char c : s)
            if (!std::isalnum(static_cast<unsigned char>(c)))
                return false;
        return true;
    };
    std::string name = arg;
    if (!plain(name))
        return;
    std::ofstream out("/var/lib/notes/" + name + ".txt");
    out << "note\n";
}

void save_nested(const char *arg)
{
    std::string name = arg;
    if (!is_relative_path(name))
        return;
    std::ofstream out("/var/lib/notes/" + name + ".txt"); // $ Alert[taint.path-injection]
    out << "note\n";
}

void remove_named(const char *arg)
{
    char path[256];
    if (!printable(arg))
        return;
    std::snprintf(path, sizeof path, "/var/lib/notes/%s.txt", arg);
    std::remove(path); // $ Alert[taint.path-injection]
}

int main(int argc, char **argv)
{
    if (argc > 1) {
        save_note(argv[1]);
        save_checked_by_lambda(argv[1]);
        save_nested(argv[1]);
        remove_named(argv[1]);
    }
    return 0;
}
