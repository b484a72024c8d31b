/*
 * taint.secret-exposure: the distance between two pointers into a secret
 * (where a separator is, how long a part is) is a count, not the secret.
 * A deploy tool logs how long the key id of its token is: no alert. Bad
 * case: the same log line printing the key id itself.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static long key_id_length(const char *token)
{
    const char *dot = strchr(token, '.');
    return dot ? (long)(dot - token) : (long)strlen(token);
}

int main(void)
{
    const char *token = getenv("DEPLOY_TOKEN");
    if (!token)
        return 1;
    const char *dot = strchr(token, '.');
    if (!dot)
        return 1;
    printf("token key id: %ld characters\n", (long)(dot - token));
    printf("key id length %ld\n", key_id_length(token));
    fprintf(stderr, "key id: %.*s\n", (int)(dot - token), token); // $ Alert[taint.secret-exposure]
    return 0;
}
