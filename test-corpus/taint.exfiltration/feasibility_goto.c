/*
 * taint.exfiltration, feasibility: `goto`. An unconditional goto that jumps
 * over a send() makes it dead (safe), also when the jump goes to a shared
 * cleanup label. Bad twins: a goto that only happens on an error path, and a
 * backward goto to a label placed before the send.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/socket.h>

int upload_ssh_config(int sock)
{
    char line[512];
    FILE *fp = fopen("/home/deploy/.ssh/config", "r");
    if (!fp)
        return -1;
    if (!fgets(line, sizeof(line), fp))
        line[0] = '\0';
    goto done; /* uploading the ssh config is disabled */
    send(sock, line, strlen(line), 0);
done:
    fclose(fp);
    return 0;
}

int upload_token(int sock)
{
    const char *token = getenv("UPLOAD_TOKEN");
    int rc = -1;
    goto cleanup;
    if (token)
        rc = (int)send(sock, token, strlen(token), 0);
cleanup:
    send(sock, "BYE\n", 4, 0);
    return rc;
}

int upload_netrc(int sock)
{
    char line[512];
    FILE *fp = fopen("/root/.netrc", "r");
    if (!fp)
        goto fail;
    if (!fgets(line, sizeof(line), fp))
        goto close_file;
    send(sock, line, strlen(line), 0); // $ Alert[taint.exfiltration]
close_file:
    fclose(fp);
    return 0;
fail:
    return -1;
}

int upload_with_retry(int sock)
{
    const char *key = getenv("UPLOAD_KEY");
    int attempts = 0;
    if (!key)
        return -1;
retry:
    if (send(sock, key, strlen(key), 0) < 0) { // $ Alert[taint.exfiltration]
        if (++attempts < 3)
            goto retry;
        return -1;
    }
    return 0;
}
