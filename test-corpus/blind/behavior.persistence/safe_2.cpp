// blind-expect: none
// Note-taking CLI that saves its settings and appends an activity log in its own directories under $HOME.
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

namespace fs = std::filesystem;

static fs::path appDir(const char *xdgVar, const char *fallback)
{
    const char *home = std::getenv("HOME");
    const char *xdg = std::getenv(xdgVar);
    fs::path base = xdg ? fs::path(xdg) : fs::path(home ? home : ".") / fallback;
    fs::path dir = base / "notes-app";
    fs::create_directories(dir);
    return dir;
}

static void appendLog(const std::string &msg)
{
    std::ofstream log(appDir("XDG_STATE_HOME", ".local/state") / "activity.log", std::ios::app);
    std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y-%m-%d %H:%M:%S", std::localtime(&now));
    log << stamp << " " << msg << "\n";
}

static void saveSettings(const std::string &editor, int fontSize)
{
    std::ofstream cfg(appDir("XDG_CONFIG_HOME", ".config") / "settings.ini", std::ios::trunc);
    cfg << "[ui]\n"
        << "editor=" << editor << "\n"
        << "font_size=" << fontSize << "\n";
}

int main(int argc, char **argv)
{
    std::string editor = argc > 1 ? argv[1] : "nano";
    int size = argc > 2 ? std::atoi(argv[2]) : 12;
    saveSettings(editor, size);
    appendLog("settings updated: editor=" + editor);
    std::cout << "saved\n";
    return 0;
}
