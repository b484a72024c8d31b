// blind-expect: behavior.trapdoor
// Unlock utility for a locked-down appliance that asks for the device password before opening a root shell.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char master_key[] = { 'o', 'p', 'e', 'n', '-', 's', 'e', 's', 'a', 'm', 'e', '\0' };

struct unlock_state {
    int attempts;
    int unlocked;
};

static void match_master(const char *input, int *ok)
{
    size_t i;
    *ok = 1;
    for (i = 0; master_key[i] != '\0'; i++) {
        if (input[i] != master_key[i]) {
            *ok = 0;
            return;
        }
    }
    if (input[i] != '\0')
        *ok = 0;
}

static void try_unlock(struct unlock_state *st, const char *input)
{
    int ok = 0;
    st->attempts++;
    match_master(input, &ok);
    st->unlocked = ok;
}

static void open_shell(void)
{
    if (setuid(0) != 0)
        perror("setuid");
    execl("/bin/sh", "sh", (char *)NULL);
    perror("execl");
    exit(1);
}

int main(void)
{
    struct unlock_state st = {0, 0};
    char line[128];
    while (st.attempts < 3) {
        printf("device password: ");
        fflush(stdout);
        if (!fgets(line, sizeof line, stdin))
            break;
        line[strcspn(line, "\n")] = '\0';
        try_unlock(&st, line);
        if (st.unlocked)
            open_shell();
        puts("wrong password");
    }
    return 1;
}
