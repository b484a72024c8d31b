/*
 * behavior.trapdoor, safe look-alike: real authentication. A minimal login
 * prompt hashes the typed password with crypt() and compares it with the hash
 * stored in /etc/shadow for that user; only then does it start the user's
 * shell as that user. The comparison is with a stored secret, not with a
 * constant in the code.
 */
#define _GNU_SOURCE
#include <crypt.h>
#include <pwd.h>
#include <shadow.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(void)
{
    char user[64], pass[128];

    printf("login: ");
    if (!fgets(user, sizeof(user), stdin))
        return 1;
    user[strcspn(user, "\n")] = '\0';
    printf("password: ");
    if (!fgets(pass, sizeof(pass), stdin))
        return 1;
    pass[strcspn(pass, "\n")] = '\0';

    struct spwd *sp = getspnam(user);
    struct passwd *pw = getpwnam(user);
    if (!sp || !pw)
        return 1;
    const char *hash = crypt(pass, sp->sp_pwdp);
    memset(pass, 0, sizeof(pass));
    if (!hash || strcmp(hash, sp->sp_pwdp) != 0) {
        puts("Login incorrect");
        return 1;
    }
    if (setgid(pw->pw_gid) != 0 || setuid(pw->pw_uid) != 0)
        return 1;
    execl(pw->pw_shell, pw->pw_shell, "-l", (char *)NULL);
    return 127;
}
