// blind-expect: taint.secret-exposure
// S3 sync tool that loads the default AWS profile from ~/.aws/credentials and writes an audit log.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct aws_profile {
    char access_key[128];
    char secret_key[128];
};

static FILE *g_log;

static void audit(const char *event, const struct aws_profile *p)
{
    time_t t = time(NULL);
    fprintf(g_log, "%ld %s key_id=%s secret=%s\n", (long)t, event, p->access_key, p->secret_key);
    fflush(g_log);
}

static int load_profile(struct aws_profile *p)
{
    char path[512], line[256];
    const char *home = getenv("HOME");
    if (!home)
        return -1;
    snprintf(path, sizeof path, "%s/.aws/credentials", home);
    FILE *fp = fopen(path, "r");
    if (!fp)
        return -1;
    memset(p, 0, sizeof *p);
    while (fgets(line, sizeof line, fp)) {
        line[strcspn(line, "\r\n")] = '\0';
        if (sscanf(line, "aws_access_key_id = %127s", p->access_key) == 1)
            continue;
        sscanf(line, "aws_secret_access_key = %127s", p->secret_key);
    }
    fclose(fp);
    return p->secret_key[0] ? 0 : -1;
}

int main(void)
{
    struct aws_profile prof;
    g_log = fopen("/var/log/s3sync-audit.log", "a");
    if (!g_log)
        g_log = stderr;
    if (load_profile(&prof) != 0) {
        fprintf(g_log, "no credentials available\n");
        return 1;
    }
    audit("sync-start", &prof);
    /* ... upload work happens here ... */
    audit("sync-end", &prof);
    if (g_log != stderr)
        fclose(g_log);
    return 0;
}
