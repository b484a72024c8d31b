// behavior.persistence: a tray app that "helpfully" starts itself at login
// by writing an XDG autostart entry. The path is ~/.config/autostart/
// built with std::string from getenv("HOME"), the directory is created
// with std::filesystem and the .desktop file written with std::ofstream.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

static std::string home_dir()
{
    const char *h = std::getenv("HOME");
    return h ? std::string(h) : std::string("/tmp");
}

int main()
{
    const std::string dir = home_dir() + "/.config/autostart";
    std::filesystem::create_directories(dir); // $ Alert[taint.path-injection]
    std::ofstream entry(dir + "/clipsync.desktop"); // $ Alert[behavior.persistence] Alert[taint.path-injection]
    entry << "[Desktop Entry]\n"
          << "Type=Application\n"
          << "Name=ClipSync\n"
          << "Exec=/opt/clipsync/bin/clipsync --minimized\n"
          << "X-GNOME-Autostart-enabled=true\n";
    return entry.good() ? 0 : 1;
}
