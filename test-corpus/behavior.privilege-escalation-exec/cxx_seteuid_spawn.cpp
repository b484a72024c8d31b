// behavior.privilege-escalation-exec: C++ with posix_spawn. A plugin host
// raises its effective uid to root with seteuid(0) and then spawns a
// plugin's installer, which inherits root.
#include <cstdio>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

int main()
{
    if (seteuid(0) != 0) {
        std::perror("seteuid");
        return 1;
    }
    pid_t pid;
    char arg0[] = "install-plugin";
    char arg1[] = "--system";
    char *argv[] = {arg0, arg1, nullptr};
    if (posix_spawn(&pid, "/opt/host/bin/install-plugin", nullptr, nullptr, argv, environ) != 0) // $ Alert[behavior.privilege-escalation-exec]
        return 1;
    int status = 0;
    waitpid(pid, &status, 0);
    return WEXITSTATUS(status);
}
