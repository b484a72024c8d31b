// blind-expect: none
// Login greeter that loads message lines from a config file and prints them around the user's name.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define TEMPLATE_FILE "/etc/greeter/templates.conf"

struct templates {
    char greeting[256];
    char footer[256];
};

static void set_defaults(struct templates *t)
{
    snprintf(t->greeting, sizeof t->greeting, "Welcome");
    snprintf(t->footer, sizeof t->footer, "Have a nice day.\n");
}

static void load_templates(const char *path, struct templates *t)
{
    FILE *fp = fopen(path, "r");
    if (!fp)
        return;
    char line[512];
    while (fgets(line, sizeof line, fp)) {
        if (line[0] == '#')
            continue;
        char *sep = strchr(line, ':');
        if (!sep)
            continue;
        *sep = '\0';
        char *value = sep + 1;
        while (*value == ' ')
            value++;
        value[strcspn(value, "\n")] = '\0';
        if (strcmp(line, "greeting") == 0)
            snprintf(t->greeting, sizeof t->greeting, "%s", value);
        else if (strcmp(line, "footer") == 0)
            snprintf(t->footer, sizeof t->footer, "%s\n", value);
    }
    fclose(fp);
}

static void print_banner(const struct templates *t, const char *user)
{
    char when[64];
    time_t now = time(NULL);
    strftime(when, sizeof when, "%A %d %B", localtime(&now));

    char msg[512];
    snprintf(msg, sizeof msg, "%s, %s!\n", t->greeting, user);
    fputs(msg, stdout);
    printf("Today is %s.\n", when);
    printf("%s", t->footer);
}

int main(void)
{
    struct templates t;
    set_defaults(&t);
    load_templates(TEMPLATE_FILE, &t);

    const char *user = getlogin();
    if (!user)
        user = "guest";
    print_banner(&t, user);
    return 0;
}
