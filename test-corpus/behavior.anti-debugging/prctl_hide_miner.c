/*
 * behavior.anti-debugging: a coin-miner style worker makes itself
 * non-dumpable (no core files, no ptrace attach by the same user) and
 * renames its thread so it looks like a kernel worker in ps.
 * MISSING: PR_SET_DUMPABLE alone is deliberately not reported (ssh-agent and
 * gpg-agent use it to protect keys), and renaming a thread to look like a
 * kernel worker is not yet a capability.
 */
#include <stdio.h>
#include <sys/prctl.h>
#include <unistd.h>

static void work(void)
{
    for (int i = 0; i < 3; i++) {
        puts("hashing...");
        sleep(1);
    }
}

int main(void)
{
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0); // $ MISSING: Alert[behavior.anti-debugging]
    prctl(PR_SET_NAME, "kworker/0:1", 0, 0, 0);
    work();
    return 0;
}
