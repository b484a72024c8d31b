/*
 * behavior.trapdoor, safe look-alike: the host name picks a log level. On the
 * production database host the service logs warnings only; everywhere else
 * it logs debug output. It then starts its worker program the same way on
 * every host.
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

enum level { LOG_DEBUG, LOG_INFO, LOG_WARN };

static enum level log_level = LOG_DEBUG;

int main(void)
{
    char host[256];

    if (gethostname(host, sizeof(host)) == 0) {
        host[sizeof(host) - 1] = '\0';
        if (strcmp(host, "prod-db-01") == 0)
            log_level = LOG_WARN;
        else if (strncmp(host, "staging-", 8) == 0)
            log_level = LOG_INFO;
    }
    fprintf(stderr, "log level %d on %s\n", (int)log_level, host);
    execl("/usr/lib/dbsvc/worker", "worker", log_level == LOG_WARN ? "-q" : "-v", (char *)NULL);
    return 127;
}
