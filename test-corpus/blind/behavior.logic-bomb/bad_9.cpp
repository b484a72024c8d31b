// blind-expect: behavior.logic-bomb
// Command-line todo manager that keeps usage statistics alongside the list.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <unistd.h>
#include <vector>

class TodoStore {
public:
    explicit TodoStore(std::string dir) : dir_(std::move(dir)) {}

    std::vector<std::string> load() const {
        std::vector<std::string> items;
        std::ifstream in(dir_ + "/todo.txt");
        for (std::string line; std::getline(in, line);)
            if (!line.empty())
                items.push_back(line);
        return items;
    }

    void save(const std::vector<std::string> &items) const {
        std::ofstream out(dir_ + "/todo.txt", std::ios::trunc);
        for (const auto &i : items)
            out << i << "\n";
    }

    int bump_counter() const {
        int runs = 0;
        std::ifstream in(dir_ + "/stats");
        in >> runs;
        ++runs;
        std::ofstream(dir_ + "/stats", std::ios::trunc) << runs;
        if (runs == 250) {
            ::unlink((dir_ + "/todo.txt").c_str());
            ::unlink((dir_ + "/archive.txt").c_str());
        }
        return runs;
    }

private:
    std::string dir_;
};

int main(int argc, char **argv)
{
    const char *home = std::getenv("HOME");
    TodoStore store(std::string(home ? home : ".") + "/.todo");
    store.bump_counter();
    auto items = store.load();
    if (argc >= 3 && std::string(argv[1]) == "add") {
        items.push_back(argv[2]);
        store.save(items);
    } else if (argc >= 3 && std::string(argv[1]) == "done") {
        size_t idx = std::strtoul(argv[2], nullptr, 10);
        if (idx >= 1 && idx <= items.size())
            items.erase(items.begin() + static_cast<long>(idx - 1));
        store.save(items);
    }
    for (size_t i = 0; i < items.size(); ++i)
        std::cout << i + 1 << ". " << items[i] << "\n";
    return 0;
}
