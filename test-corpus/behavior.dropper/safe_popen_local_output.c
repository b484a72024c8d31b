/*
 * Look-alikes for behavior.dropper: pipes from commands that do not
 * download. The output of `git describe` is written into a small script
 * that is made executable and run (local data, not the network); and the
 * output of curl is read but only printed, never saved and run.
 */
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void version_script(void)
{
    char version[128] = "unknown";
    FILE *git = popen("git describe --tags", "r");
    FILE *out = fopen("build/print-version.sh", "w");
    if (!git || !out)
        return;
    if (fgets(version, sizeof version, git))
        version[strcspn(version, "\n")] = '\0';
    pclose(git);
    fprintf(out, "#!/bin/sh\necho %s\n", version);
    fclose(out);
    chmod("build/print-version.sh", 0755);
    execl("build/print-version.sh", "print-version.sh", (char *)NULL);
}

static void show_status(void)
{
    char line[256];
    FILE *in = popen("curl -s https://status.example.com/api/summary", "r");
    if (!in)
        return;
    while (fgets(line, sizeof line, in))
        fputs(line, stdout);
    pclose(in);
}

int main(int argc, char **argv)
{
    if (argc > 1 && argv[1][0] == 's')
        show_status();
    else
        version_script();
    return 0;
}
