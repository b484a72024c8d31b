// taint.path-injection (C++ library): a small interactive notes tool. Words
// read with `std::cin >> s` and lines read with std::getline(std::cin, s)
// name the files opened with the std::ifstream / std::ofstream constructors,
// ofstream::open(), std::fopen() and std::remove(). Look-alikes: an answer
// only compared with "y" before touching a fixed file, and a name that is
// only echoed back.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>

static const std::string kNotesDir = "/home/notes/";

void show_note()
{
    std::string name;
    std::cout << "note to show: ";
    std::cin >> name;
    std::ifstream in(kNotesDir + name); // $ Alert[taint.path-injection]
    std::cout << in.rdbuf();
}

void append_note()
{
    std::string name, text;
    std::cin >> name;
    std::getline(std::cin, text);
    std::ofstream out;
    out.open(kNotesDir + name, std::ios::app); // $ Alert[taint.path-injection]
    out << text << '\n';
}

void export_note()
{
    std::string target;
    std::cout << "export to: ";
    std::getline(std::cin, target);
    std::FILE *fp = std::fopen(target.c_str(), "w"); // $ Alert[taint.path-injection]
    if (fp != nullptr)
        std::fclose(fp);
}

int delete_note()
{
    std::string name;
    std::cin >> name;
    return std::remove((kNotesDir + name).c_str()); // $ Alert[taint.path-injection]
}

int clear_trash()
{
    std::string answer;
    std::cout << "empty trash? [y/N] ";
    std::cin >> answer;
    if (answer != "y")
        return 0;
    return std::remove("/home/notes/.trash/index");
}

void greet()
{
    std::string name;
    std::cin >> name;
    std::cout << "hello " << name << '\n';
    std::ofstream log("/home/notes/.greetings", std::ios::app);
    log << "greeted someone\n";
}
