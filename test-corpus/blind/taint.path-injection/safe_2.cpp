// blind-expect: none
// Note-taking tool that saves standard input into a named note file after strictly validating the note name.
#include <cctype>
#include <fstream>
#include <iostream>
#include <string>

static bool isSafeName(const std::string &name) {
    if (name.empty() || name.size() > 64)
        return false;
    for (char c : name) {
        unsigned char u = static_cast<unsigned char>(c);
        if (!std::isalnum(u) && c != '_' && c != '-')
            return false;
    }
    return true;
}

int main(int argc, char **argv) {
    if (argc != 2) {
        std::cerr << "usage: " << argv[0] << " NOTE_NAME < text\n";
        return 2;
    }
    std::string name = argv[1];
    if (!isSafeName(name)) {
        std::cerr << "invalid note name (use letters, digits, '_' or '-')\n";
        return 2;
    }
    std::string path = "/var/lib/notes/" + name + ".txt";
    std::ofstream out(path);
    if (!out) {
        std::cerr << "cannot create note\n";
        return 1;
    }
    std::string line;
    std::size_t count = 0;
    while (std::getline(std::cin, line)) {
        out << line << '\n';
        ++count;
    }
    std::cout << "saved " << count << " lines\n";
    return 0;
}
