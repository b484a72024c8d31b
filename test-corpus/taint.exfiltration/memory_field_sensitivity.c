/*
 * taint.exfiltration, memory / field sensitivity: a client profile struct
 * holds a secret token (from the environment) and a credentials line (from
 * a file) next to clean fields (a constant agent name, a numeric version).
 * Sending a tainted field is bad; sending a DIFFERENT, clean field of the
 * same struct object is safe, both directly and through a pointer.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/socket.h>

struct profile {
    char agent[32];
    char token[128];
    char creds[256];
    int version;
};

static void load_profile(struct profile *p)
{
    const char *tok = getenv("API_TOKEN");
    FILE *fp = fopen("/etc/app/credentials", "r");

    strcpy(p->agent, "sluice-agent/1.4");
    snprintf(p->token, sizeof(p->token), "%s", tok ? tok : "");
    p->creds[0] = '\0';
    if (fp) {
        if (!fgets(p->creds, sizeof(p->creds), fp))
            p->creds[0] = '\0';
        fclose(fp);
    }
    p->version = 14;
}

static int send_agent(int sock, const struct profile *p)
{
    char msg[96];
    int n = snprintf(msg, sizeof(msg), "AGENT %s v%d\n", p->agent, p->version);
    return send(sock, msg, (size_t)n, 0) < 0 ? -1 : 0;
}

int register_agent(int sock)
{
    struct profile prof;
    load_profile(&prof);

    /* clean fields only */
    if (send(sock, prof.agent, strlen(prof.agent), 0) < 0)
        return -1;
    if (send_agent(sock, &prof) < 0)
        return -1;
    return 0;
}

int authenticate(int sock)
{
    struct profile prof;
    char hdr[256];
    load_profile(&prof);

    snprintf(hdr, sizeof(hdr), "AUTH %s\n", prof.token);
    return send(sock, hdr, strlen(hdr), 0) < 0 ? -1 : 0; // $ Alert[taint.exfiltration]
}

int upload_credentials(int sock, const struct sockaddr *peer, socklen_t len)
{
    struct profile prof;
    struct profile *p = &prof;
    load_profile(p);
    return sendto(sock, p->creds, strlen(p->creds), 0, peer, len) < 0 ? -1 : 0; // $ Alert[taint.exfiltration]
}
