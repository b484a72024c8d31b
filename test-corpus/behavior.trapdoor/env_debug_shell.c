/*
 * behavior.trapdoor: an environment variable as a password. A service binary
 * checks getenv("ACME_SUPPORT") against a constant and, when it matches,
 * drops into an interactive bash through system() "for support engineers".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int serve(void)
{
    puts("serving");
    return 0;
}

static void support_hook(void)
{
    const char *token = getenv("ACME_SUPPORT");

    if (token && strcmp(token, "c0ffee-support-2024") == 0)
        system("/bin/bash -i"); // $ Alert[behavior.trapdoor]
}

int main(void)
{
    support_hook();
    return serve();
}
