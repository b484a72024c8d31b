// blind-expect: none
// Filter that echoes warning lines from standard input to stderr with a line-number prefix.
#include <cstdio>
#include <iostream>
#include <string>

class WarningFilter {
public:
    explicit WarningFilter(std::string keyword) : keyword_(std::move(keyword)) {}

    void feed(const std::string &line) {
        ++lineNo_;
        if (line.find(keyword_) == std::string::npos)
            return;
        ++hits_;
        std::fprintf(stderr, "[%5lu] %s\n", lineNo_, line.c_str());
    }

    unsigned long hits() const { return hits_; }

private:
    std::string keyword_;
    unsigned long lineNo_ = 0;
    unsigned long hits_ = 0;
};

int main(int argc, char **argv) {
    WarningFilter filter(argc > 1 ? argv[1] : "warning");
    std::string line;
    while (std::getline(std::cin, line))
        filter.feed(line);
    std::printf("%lu matching lines\n", filter.hits());
    std::cout << "done" << std::endl;
    return 0;
}
