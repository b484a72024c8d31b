/*
 * taint.secret-exposure with getpass, getspnam and getspent: a login helper
 * that echoes the typed password in a debug trace and logs shadow hashes.
 * Look-alikes compare the password and only report whether an account is
 * locked or how many entries there are.
 */
#define _GNU_SOURCE
#include <shadow.h>
#include <stdio.h>
#include <string.h>
#include <syslog.h>
#include <unistd.h>

static int verbose = 1;

int prompt_and_trace(void)
{
    char *pw = getpass("Password: ");
    if (!pw)
        return -1;
    if (verbose)
        printf("debug: read password '%s'\n", pw); // $ Alert[taint.secret-exposure]
    return 0;
}

int confirm_password(const char *expected)
{
    char *pw = getpass("Confirm password: ");
    if (!pw || strcmp(pw, expected) != 0) {
        printf("passwords do not match\n");
        return -1;
    }
    printf("password confirmed\n");
    return 0;
}

void dump_user_hash(const char *user)
{
    struct spwd *sp = getspnam(user);
    if (sp)
        fprintf(stderr, "%s: hash %s\n", user, sp->sp_pwdp); // $ Alert[taint.secret-exposure]
}

void audit_shadow(void)
{
    struct spwd *sp;
    setspent();
    while ((sp = getspent()) != NULL)
        syslog(LOG_DEBUG, "shadow entry: %s", sp->sp_pwdp); // $ Alert[taint.secret-exposure]
    endspent();
}

void report_locked(const char *user)
{
    struct spwd *sp = getspnam(user);
    if (!sp)
        printf("%s: no shadow entry\n", user);
    else if (sp->sp_pwdp[0] == '!' || sp->sp_pwdp[0] == '*')
        printf("%s: locked\n", user);
    else
        printf("%s: active\n", user);
}

int count_shadow(void)
{
    int n = 0;
    setspent();
    while (getspent() != NULL)
        n++;
    endspent();
    printf("%d shadow entries\n", n);
    return n;
}
