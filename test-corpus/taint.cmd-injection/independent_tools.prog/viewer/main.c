/* The viewer tool: fixed arguments only. */
#include "../common/log.h"

void usage(const char *topic);
int run_command(const char *what);

int main(void)
{
    log_line("viewer starting");
    usage("viewer");
    return run_command("--list");
}
