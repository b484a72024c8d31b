// blind-expect: behavior.privilege-escalation-exec
// USB backup tool that mounts the backup drive, copies the user's documents and unmounts it again.
#include <sys/types.h>
#include <unistd.h>
#include <cstdlib>
#include <iostream>
#include <string>

class MountHelper {
public:
    MountHelper(std::string device, std::string mountpoint)
        : device_(std::move(device)), mountpoint_(std::move(mountpoint)) {}

    bool mount() {
        if (!elevate()) return false;
        std::string cmd = "/bin/mount -o noexec,nosuid " + device_ + " " + mountpoint_;
        mounted_ = std::system(cmd.c_str()) == 0;
        return mounted_;
    }

    void unmount() {
        if (!mounted_) return;
        std::string cmd = "/bin/umount " + mountpoint_;
        std::system(cmd.c_str());
        mounted_ = false;
    }

    ~MountHelper() { unmount(); }

private:
    static bool elevate() {
        if (setresuid(0, 0, 0) != 0) {
            std::cerr << "mount helper must be installed setuid root\n";
            return false;
        }
        return true;
    }

    std::string device_;
    std::string mountpoint_;
    bool mounted_ = false;
};

static int copyDocuments(const std::string &dest) {
    const char *home = std::getenv("HOME");
    if (!home) return -1;
    std::string cmd = "/usr/bin/rsync -a --delete \"" + std::string(home) + "/Documents/\" \"" + dest + "/documents/\"";
    return std::system(cmd.c_str());
}

int main() {
    MountHelper drive("/dev/disk/by-label/BACKUP", "/media/backup");
    if (!drive.mount()) {
        std::cerr << "could not mount backup drive\n";
        return 1;
    }
    int rc = copyDocuments("/media/backup");
    drive.unmount();
    std::cout << (rc == 0 ? "backup complete\n" : "backup failed\n");
    return rc == 0 ? 0 : 1;
}
