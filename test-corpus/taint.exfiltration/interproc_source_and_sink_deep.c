/*
 * taint.exfiltration, interprocedural: the source is read two or three calls
 * below the entry point and the send() sits two calls below it on another
 * branch of the call tree; the entry point only moves the pointer across.
 * Look-alike: a second transport chain of the same depth that only ever
 * carries a constant greeting returned by a two-level helper chain.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/socket.h>

/* --- sources, three levels --- */
static char *slurp_line(const char *path)
{
    static char buf[512];
    FILE *fp = fopen(path, "r");
    if (!fp)
        return NULL;
    if (!fgets(buf, sizeof(buf), fp))
        buf[0] = '\0';
    fclose(fp);
    return buf;
}

static char *read_ssh_key(void)
{
    return slurp_line("/home/deploy/.ssh/id_ed25519");
}

static char *deploy_credential(void)
{
    char *key = read_ssh_key();
    return key ? key : getenv("DEPLOY_TOKEN");
}

/* --- sinks, two levels --- */
static ssize_t send_all(int sock, const char *data, size_t len)
{
    return send(sock, data, len, MSG_NOSIGNAL); // $ Alert[taint.exfiltration]
}

static int send_frame(int sock, const char *payload)
{
    size_t len = strlen(payload);
    return send_all(sock, payload, len) == (ssize_t)len ? 0 : -1;
}

/* --- look-alike chains that only carry constants --- */
static const char *protocol_name(void) { return "sluice-sync/2"; }
static const char *greeting(void) { return protocol_name(); }

static int send_hello_frame(int sock, const char *text)
{
    char frame[128];
    int n = snprintf(frame, sizeof(frame), "HELLO %s\n", text);
    return send(sock, frame, (size_t)n, 0) < 0 ? -1 : 0;
}

static int send_status_frame(int sock, const char *status)
{
    return send_hello_frame(sock, status);
}

int sync_with_upstream(int sock)
{
    char *cred;

    if (send_status_frame(sock, greeting()) < 0)
        return -1;
    cred = deploy_credential();
    if (!cred)
        return -1;
    return send_frame(sock, cred);
}
