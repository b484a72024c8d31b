/*
 * capabilities: clock_gettime. A build supervisor starts a test run, polls
 * it, and kills it when it has run longer than the time limit (a duration
 * measured with CLOCK_MONOTONIC, not a date). No expectations.
 */
#include <signal.h>
#include <stdio.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define LIMIT_SECONDS 600

int main(void)
{
    struct timespec start, now;
    int status;
    pid_t child = fork();

    if (child < 0)
        return 1;
    if (child == 0) {
        execlp("make", "make", "check", (char *)NULL);
        _exit(127);
    }
    clock_gettime(CLOCK_MONOTONIC, &start);
    for (;;) {
        pid_t r = waitpid(child, &status, WNOHANG);
        if (r == child)
            break;
        clock_gettime(CLOCK_MONOTONIC, &now);
        if (now.tv_sec - start.tv_sec > LIMIT_SECONDS) {
            fprintf(stderr, "test run exceeded %d s, stopping it\n", LIMIT_SECONDS);
            kill(child, SIGKILL);
            waitpid(child, &status, 0);
            return 1;
        }
        sleep(1);
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}
