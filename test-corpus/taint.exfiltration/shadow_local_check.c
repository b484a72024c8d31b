/*
 * taint.exfiltration: a shadow entry only checked locally (safe) next to
 * one sent to a peer.
 */
#define _GNU_SOURCE
#include <shadow.h>
#include <string.h>
#include <sys/socket.h>

int account_locked(const char *user)
{
    struct spwd *sp = getspnam(user);
    return sp && sp->sp_pwdp[0] == '!';
}

int send_hash(int sock, const char *user)
{
    struct spwd *sp = getspnam(user);
    return sp ? (int)send(sock, sp->sp_pwdp, strlen(sp->sp_pwdp), 0) : -1; // $ Alert[taint.exfiltration]
}
