/*
 * taint.cmd-injection, indirect calls: a thread start routine passed to
 * pthread_create() receives its `void *` argument from the creating thread.
 * A worker gets a command line read from a socket; another gets a struct
 * whose field holds an environment value. Look-alikes: a worker of the
 * same shape that is only ever started with a literal, and a worker that
 * receives tainted data but only logs it.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/socket.h>

struct task {
    char command[256];
    int id;
};

static void *exec_worker(void *arg)
{
    const char *cmd = arg;
    (void)system(cmd); // $ Alert[taint.cmd-injection]
    return NULL;
}

static void *task_worker(void *arg)
{
    struct task *t = arg;
    FILE *p = popen(t->command, "r"); // $ Alert[taint.cmd-injection]
    if (p)
        pclose(p);
    return NULL;
}

static void *maintenance_worker(void *arg)
{
    (void)system((const char *)arg);
    return NULL;
}

static void *audit_worker(void *arg)
{
    fprintf(stderr, "audit: %s\n", (const char *)arg);
    return NULL;
}

int serve_remote_command(int sock)
{
    pthread_t th, audit;
    char line[256];
    ssize_t n = recv(sock, line, sizeof(line) - 1, 0);
    if (n <= 0)
        return -1;
    line[n] = '\0';
    pthread_create(&audit, NULL, audit_worker, line);
    pthread_create(&th, NULL, exec_worker, line);
    pthread_join(audit, NULL);
    return pthread_join(th, NULL);
}

int start_env_task(void)
{
    pthread_t th;
    static struct task t;
    const char *cmd = getenv("BACKGROUND_TASK");
    if (!cmd)
        return 0;
    snprintf(t.command, sizeof(t.command), "%s", cmd);
    t.id = 1;
    pthread_create(&th, NULL, task_worker, &t);
    return pthread_join(th, NULL);
}

int start_maintenance(void)
{
    pthread_t th;
    static char cmd[] = "logrotate /etc/logrotate.conf";
    pthread_create(&th, NULL, maintenance_worker, cmd);
    return pthread_detach(th);
}
