/*
 * taint.exfiltration, memory: helpers return their result through a
 * pointer-to-pointer out-parameter (`char **out`): a strdup'ed environment
 * value, a getline() buffer read from a key file, and a second level that
 * forwards the `char **` on. Look-alikes: a `char **out` helper that stores
 * a strdup'ed literal, and one that points *out at a static constant.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/socket.h>

static int load_env(const char *name, char **out)
{
    const char *v = getenv(name);
    *out = v ? strdup(v) : NULL;
    return *out ? 0 : -1;
}

static int load_key_file(const char *path, char **out)
{
    size_t cap = 0;
    FILE *fp = fopen(path, "r");
    *out = NULL;
    if (!fp)
        return -1;
    if (getline(out, &cap, fp) < 0) {
        free(*out);
        *out = NULL;
    }
    fclose(fp);
    return *out ? 0 : -1;
}

/* Second level: forwards the char ** to load_key_file(). */
static int load_signing_key(char **out)
{
    return load_key_file("/etc/app/signing.key", out);
}

static int load_banner(char **out)
{
    *out = strdup("APP/3.1 ready\n");
    return *out ? 0 : -1;
}

static void load_version(const char **out)
{
    static const char version[] = "3.1.0";
    *out = version;
}

int push_credentials(int sock)
{
    char *password = NULL;
    char *key = NULL;
    int rc = 0;

    if (load_env("DB_PASSWORD", &password) == 0)
        rc |= send(sock, password, strlen(password), 0) < 0; // $ Alert[taint.exfiltration]
    if (load_signing_key(&key) == 0)
        rc |= send(sock, key, strlen(key), 0) < 0; // $ Alert[taint.exfiltration]
    free(password);
    free(key);
    return rc;
}

int greet_peer(int sock)
{
    char *banner = NULL;
    const char *version = NULL;
    int rc = 0;

    if (load_banner(&banner) == 0)
        rc |= send(sock, banner, strlen(banner), 0) < 0;
    load_version(&version);
    rc |= send(sock, version, strlen(version), 0) < 0;
    free(banner);
    return rc;
}
