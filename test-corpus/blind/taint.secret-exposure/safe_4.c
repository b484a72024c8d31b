// blind-expect: none
// Maintenance console that unlocks admin commands with a passphrase from the environment.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>

#define DIGEST_FILE "/etc/maintcon/passphrase.fnv"

static uint64_t fnv1a(const char *s)
{
    uint64_t h = 1469598103934665603ULL;
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 1099511628211ULL;
    }
    return h;
}

static uint64_t load_expected(void)
{
    unsigned long long v = 0;
    FILE *f = fopen(DIGEST_FILE, "r");
    if (!f)
        return 0;
    if (fscanf(f, "%llx", &v) != 1)
        v = 0;
    fclose(f);
    return (uint64_t)v;
}

struct session {
    const char *operator_name;
    int unlocked;
};

static void unlock(struct session *s)
{
    const char *pass = getenv("MAINT_PASSPHRASE");
    s->operator_name = getenv("USER") ? getenv("USER") : "unknown";
    if (!pass) {
        fprintf(stderr, "MAINT_PASSPHRASE is not set\n");
        s->unlocked = 0;
        return;
    }
    s->unlocked = fnv1a(pass) == load_expected();
}

int main(void)
{
    struct session s;
    openlog("maintcon", LOG_PID, LOG_AUTH);
    unlock(&s);
    if (s.unlocked) {
        syslog(LOG_NOTICE, "maintenance console unlocked by %s", s.operator_name);
        printf("admin commands enabled\n");
    } else {
        syslog(LOG_WARNING, "maintenance unlock refused for %s", s.operator_name);
        printf("access denied\n");
    }
    closelog();
    return s.unlocked ? 0 : 1;
}
