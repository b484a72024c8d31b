/*
 * Look-alike of module_fetch_out_param.c: the same helpers and the same
 * out-parameter, but the descriptor read is a local file the caller
 * opened (a plugin copied out of the installation), not a connection;
 * and the file loaded is another one. Nothing comes from the network.
 */
#include <dlfcn.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static int stage_plugin(const char *installed, char *out, size_t len)
{
    int in = open(installed, O_RDONLY);
    if (in < 0)
        return -1;
    char name[] = "/var/tmp/plugin-XXXXXX";
    int fd = mkstemp(name);
    if (fd < 0) {
        close(in);
        return -1;
    }
    char buf[2048];
    ssize_t n;
    int rc = 0;
    while ((n = read(in, buf, sizeof buf)) > 0)
        if (write(fd, buf, (size_t)n) != n)
            rc = -1;
    close(fd);
    close(in);
    snprintf(out, len, "%s", name);
    return rc;
}

static void plugin_dir(char *out, size_t len)
{
    snprintf(out, len, "%s", "/usr/lib/app/plugins/core.so");
}

int main(void)
{
    char staged[64], core[64];
    if (stage_plugin("/usr/share/app/plugin.so", staged, sizeof staged) != 0)
        return 1;
    plugin_dir(core, sizeof core);
    void *h = dlopen(core, RTLD_NOW);
    if (!h)
        return 1;
    unlink(staged);
    return 0;
}
