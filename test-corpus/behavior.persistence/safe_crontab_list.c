// Look-alike: the user's crontab is only listed (`crontab -l` prints it);
// nothing is installed.
#include <stdio.h>
#include <string.h>

int main(void) {
    char line[512];
    int jobs = 0;
    FILE *cron = popen("crontab -l", "r");
    if (!cron)
        return 1;
    while (fgets(line, sizeof line, cron))
        if (line[0] != '#' && strspn(line, " \t\n") != strlen(line))
            ++jobs;
    pclose(cron);
    printf("%d scheduled jobs\n", jobs);
    return 0;
}
