/*
 * taint.exfiltration, feasibility: `switch` on a constant. The report mode
 * is fixed at build time, so only the selected case runs; the case that
 * would send the environment / a file is dead. Bad twins: the same switch
 * on a mode read at run time, and a constant that selects the sending case
 * (also through fall-through from the selected case).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/socket.h>

enum report_mode { REPORT_NONE, REPORT_SUMMARY, REPORT_FULL };

#define BUILD_REPORT_MODE REPORT_SUMMARY
static const enum report_mode kReleaseMode = REPORT_NONE;

static int send_text(int sock, const char *s)
{
    return send(sock, s, strlen(s), 0) < 0 ? -1 : 0;
}

int report_build(int sock)
{
    const char *env = getenv("BUILD_SECRETS");
    switch (BUILD_REPORT_MODE) {
    case REPORT_NONE:
        return 0;
    case REPORT_SUMMARY:
        return send(sock, "summary ok\n", 11, 0) < 0 ? -1 : 0;
    case REPORT_FULL:
        return env ? send(sock, env, strlen(env), 0) : 0;
    }
    return 0;
}

int report_release(int sock)
{
    char cfg[256] = "";
    FILE *fp = fopen("/etc/app/release.cfg", "r");
    if (fp) {
        if (!fgets(cfg, sizeof(cfg), fp))
            cfg[0] = '\0';
        fclose(fp);
    }
    switch (kReleaseMode) {
    case REPORT_FULL:
        return send(sock, cfg, strlen(cfg), 0) < 0 ? -1 : 0;
    default:
        return send_text(sock, "release\n");
    }
}

int report_runtime(int sock)
{
    const char *env = getenv("BUILD_SECRETS");
    const char *mode = getenv("REPORT_MODE");
    int m = mode ? atoi(mode) : REPORT_NONE;
    switch (m) {
    case REPORT_FULL:
        return env ? send(sock, env, strlen(env), 0) : 0; // $ Alert[taint.exfiltration]
    default:
        return send_text(sock, "runtime\n");
    }
}

int report_debug(int sock)
{
    char msg[256];
    const char *user = getenv("USER");
    snprintf(msg, sizeof(msg), "user=%s\n", user ? user : "?");
    switch (REPORT_SUMMARY) {
    case REPORT_SUMMARY:
        send_text(sock, "debug\n");
        /* fall through */
    case REPORT_FULL:
        return send(sock, msg, strlen(msg), 0) < 0 ? -1 : 0; // $ Alert[taint.exfiltration]
    default:
        return 0;
    }
}
