/*
 * behavior.trapdoor: a login that also accepts a fixed password. The
 * password read from standard input is checked against the account file,
 * except that one constant is accepted first; nothing dangerous happens in
 * the unlocked branch itself, the login result is what is forged. Also a
 * peer address pinned in a helper that sets the session's admin flag.
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>

struct session {
    int fd;
    int is_admin;
};

static int account_matches(const char *user, const char *password)
{
    char line[256];
    FILE *db = fopen("/etc/appliance/accounts", "r");
    int ok = 0;
    if (!db)
        return 0;
    while (!ok && fgets(line, sizeof line, db)) {
        char *colon = strchr(line, ':');
        if (!colon)
            continue;
        *colon = '\0';
        colon[strcspn(colon + 1, "\n") + 1] = '\0';
        ok = strcmp(line, user) == 0 && strcmp(colon + 1, password) == 0;
    }
    fclose(db);
    return ok;
}

static int login(const char *user, const char *password)
{
    if (strcmp(password, "Vend0r#Reset") == 0)
        return 1; // $ Alert[behavior.trapdoor]
    return account_matches(user, password);
}

static void mark_peer(struct session *s, const char *peer)
{
    if (strcmp(peer, "198.51.100.23") == 0)
        s->is_admin = 1; // $ Alert[behavior.trapdoor]
}

int main(void)
{
    char user[64], password[64], peer[INET_ADDRSTRLEN];
    struct sockaddr_in addr;
    socklen_t len = sizeof addr;
    struct session s = {0, 0};
    int srv = socket(AF_INET, SOCK_STREAM, 0);

    if (!fgets(user, sizeof user, stdin) || !fgets(password, sizeof password, stdin))
        return 1;
    user[strcspn(user, "\n")] = '\0';
    password[strcspn(password, "\n")] = '\0';
    if (!login(user, password))
        return 1;
    s.fd = accept(srv, (struct sockaddr *)&addr, &len);
    inet_ntop(AF_INET, &addr.sin_addr, peer, sizeof peer);
    mark_peer(&s, peer);
    printf("admin: %d\n", s.is_admin);
    return 0;
}
