/*
 * Two independent tools in one tree (backup/ and viewer/), as examples/ or
 * tools/ folders hold them: each has its own main and its own usage() and
 * run_command(), and both use common/log.c. A build links them separately,
 * so the backup tool's environment value never reaches the viewer's
 * system(): only the backup tool's own flow is a finding.
 */
// $ Notification[link-programs]
#include <stdlib.h>
#include "../common/log.h"

void usage(const char *topic);
int run_command(const char *what);

int main(int argc, char **argv)
{
    const char *target = getenv("BACKUP_TARGET");
    if (argc < 2) {
        usage(target);
        return 1;
    }
    log_line("backup starting");
    return run_command(target);
}
