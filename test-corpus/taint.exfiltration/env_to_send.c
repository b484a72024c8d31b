/*
 * taint.exfiltration: environment values (getenv / secure_getenv) sent over
 * the network: an API token formatted into an HTTP header, a hostname in a
 * UDP heartbeat, and a strdup'ed session cookie.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <netinet/in.h>

/* POST a metrics body with the bearer token from the environment. */
int post_metrics(int sock, const char *body)
{
    char req[2048];
    int len;
    const char *token = getenv("METRICS_TOKEN");

    if (!token)
        token = "";
    len = snprintf(req, sizeof(req),
                   "POST /v1/metrics HTTP/1.1\r\n"
                   "Host: metrics.example.com\r\n"
                   "Authorization: Bearer %s\r\n"
                   "Content-Length: %zu\r\n\r\n%s",
                   token, strlen(body), body);
    if (len < 0 || (size_t)len >= sizeof(req))
        return -1;
    return send(sock, req, (size_t)len, 0) < 0 ? -1 : 0; // $ Alert[taint.exfiltration]
}

/* UDP heartbeat carrying the host name. */
void send_heartbeat(int sock, const struct sockaddr_in *collector)
{
    char msg[256];
    const char *host = secure_getenv("HOSTNAME");

    if (host == NULL)
        return;
    snprintf(msg, sizeof(msg), "hb host=%s", host);
    sendto(sock, msg, strlen(msg), 0, (const struct sockaddr *)collector, sizeof(*collector)); // $ Alert[taint.exfiltration]
}

/* Hand the current session cookie to the sync daemon. */
int share_session(int sock)
{
    const char *session = getenv("SESSION_COOKIE");
    char *copy;
    ssize_t rc;

    if (!session)
        return -1;
    copy = strdup(session);
    if (!copy)
        return -1;
    rc = send(sock, copy, strlen(copy), MSG_NOSIGNAL); // $ Alert[taint.exfiltration]
    free(copy);
    return rc < 0 ? -1 : 0;
}
