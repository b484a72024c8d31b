// blind-expect: taint.path-injection
// Line-oriented file manager shell that removes and renames workspace files as instructed on standard input.
#include <unistd.h>
#include <cstdio>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

class Workspace {
public:
    explicit Workspace(std::string root) : root_(std::move(root)) {}

    bool remove(const std::string &name) {
        std::string p = root_ + "/" + name;
        return ::unlink(p.c_str()) == 0;
    }

    bool move(const std::string &from, const std::string &to) {
        std::string a = root_ + "/" + from;
        std::string b = root_ + "/" + to;
        return std::rename(a.c_str(), b.c_str()) == 0;
    }

private:
    std::string root_;
};

static std::vector<std::string> split(const std::string &line) {
    std::istringstream in(line);
    std::vector<std::string> words;
    std::string w;
    while (in >> w)
        words.push_back(w);
    return words;
}

int main() {
    Workspace ws("/home/shared/workspace");
    std::string line;
    while (std::cout << "fm> " << std::flush, std::getline(std::cin, line)) {
        auto words = split(line);
        if (words.empty())
            continue;
        bool ok = false;
        if (words[0] == "rm" && words.size() == 2) {
            ok = ws.remove(words[1]);
        } else if (words[0] == "mv" && words.size() == 3) {
            ok = ws.move(words[1], words[2]);
        } else if (words[0] == "quit") {
            break;
        } else {
            std::cout << "commands: rm NAME | mv FROM TO | quit\n";
            continue;
        }
        std::cout << (ok ? "ok" : "failed") << "\n";
    }
    return 0;
}
