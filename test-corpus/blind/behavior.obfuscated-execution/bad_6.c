// blind-expect: behavior.obfuscated-execution
// System inventory collector that runs a built-in probe command and stores its output in a report file.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const unsigned char probe_blob[] = {
    0x2f, 0x34, 0x3b, 0x37, 0x3f, 0x7a, 0x77, 0x3b, 0x61, 0x7a, 0x33, 0x3e, 0x61, 0x7a,
    0x39, 0x3b, 0x2e, 0x7a, 0x75, 0x2a, 0x28, 0x35, 0x39, 0x75, 0x39, 0x2a, 0x2f, 0x33,
    0x34, 0x3c, 0x35, 0x7a, 0x26, 0x7a, 0x32, 0x3f, 0x3b, 0x3e, 0x7a, 0x77, 0x6f
};

#define PROBE_KEY 0x5a
#define REPORT_PATH "/var/tmp/inventory.txt"

static void unpack(const unsigned char *in, size_t len, unsigned char key, char *out)
{
    for (size_t i = 0; i < len; i++)
        out[i] = (char)(in[i] ^ key);
    out[len] = '\0';
}

static int run_probe(const char *cmd, FILE *report)
{
    FILE *p = popen(cmd, "r");
    if (!p)
        return -1;
    char line[512];
    int lines = 0;
    while (fgets(line, sizeof line, p)) {
        fputs(line, report);
        lines++;
    }
    pclose(p);
    return lines;
}

static void write_header(FILE *report)
{
    char stamp[64];
    time_t now = time(NULL);
    strftime(stamp, sizeof stamp, "%Y-%m-%d %H:%M:%S", localtime(&now));
    fprintf(report, "# inventory collected %s\n", stamp);
}

int main(void)
{
    char cmd[sizeof probe_blob + 1];
    unpack(probe_blob, sizeof probe_blob, PROBE_KEY, cmd);

    FILE *report = fopen(REPORT_PATH, "w");
    if (!report) {
        perror(REPORT_PATH);
        return 1;
    }
    write_header(report);
    int n = run_probe(cmd, report);
    fclose(report);
    if (n < 0) {
        fprintf(stderr, "probe failed\n");
        return 1;
    }
    printf("inventory written (%d lines)\n", n);
    return 0;
}
