/*
 * taint.exfiltration, memory: structs RETURNED BY VALUE from a loader. The
 * returned struct carries a secret read from a file and an environment
 * value in some fields and constants in others; the caller copies it around
 * and sends fields. Sending a tainted field is bad; sending a clean field of
 * the same returned struct, or a struct built only from constants, is safe.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/socket.h>

struct settings {
    char service[32];
    char api_key[128];
    char home[128];
    int retries;
};

static struct settings load_settings(void)
{
    struct settings s;
    const char *home = getenv("HOME");
    FILE *fp = fopen("/etc/app/api.key", "r");

    memset(&s, 0, sizeof(s));
    strcpy(s.service, "inventory");
    if (fp) {
        if (!fgets(s.api_key, sizeof(s.api_key), fp))
            s.api_key[0] = '\0';
        fclose(fp);
    }
    snprintf(s.home, sizeof(s.home), "%s", home ? home : "/");
    s.retries = 3;
    return s;
}

static struct settings builtin_settings(void)
{
    struct settings s = { "inventory", "anonymous", "/", 1 };
    return s;
}

int handshake(int sock)
{
    struct settings s = load_settings();
    char msg[96];
    int n = snprintf(msg, sizeof(msg), "SERVICE %s RETRIES %d\n", s.service, s.retries);
    return send(sock, msg, (size_t)n, 0) < 0 ? -1 : 0;
}

int send_api_key(int sock)
{
    struct settings copy;
    copy = load_settings();
    return send(sock, copy.api_key, strlen(copy.api_key), 0) < 0 ? -1 : 0; // $ Alert[taint.exfiltration]
}

int send_home(int sock)
{
    char msg[160];
    snprintf(msg, sizeof(msg), "HOME %s\n", load_settings().home);
    return send(sock, msg, strlen(msg), 0) < 0 ? -1 : 0; // $ Alert[taint.exfiltration]
}

int send_anonymous(int sock)
{
    struct settings s = builtin_settings();
    return send(sock, s.api_key, strlen(s.api_key), 0) < 0 ? -1 : 0;
}
