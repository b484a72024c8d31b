/*
 * taint.cmd-injection: the exec family. Flagged when the program itself is
 * tainted (execlp/execve/execv) or when the program is a shell and the
 * tainted value follows "-c" (execl /bin/sh, execlp bash, execle, execv with
 * an argv array).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <sys/socket.h>

/* Run the deploy hook configured in the environment. */
pid_t spawn_deploy_hook(void)
{
    const char *hook = getenv("DEPLOY_HOOK");
    pid_t pid;

    if (!hook)
        return -1;
    pid = fork();
    if (pid == 0) {
        execl("/bin/sh", "sh", "-c", hook, (char *)NULL); // $ Alert[taint.cmd-injection]
        _exit(127);
    }
    return pid;
}

/* Run one line of a user crontab file with bash. */
void run_cron_line(FILE *crontab)
{
    char line[256];

    if (!fgets(line, sizeof(line), crontab))
        return;
    line[strcspn(line, "\n")] = '\0';
    if (fork() == 0) {
        execlp("bash", "bash", "-c", line, (char *)NULL); // $ Alert[taint.cmd-injection]
        _exit(127);
    }
}

/* Read a shell snippet from stdin and run it in a child shell. */
int run_snippet(void)
{
    char script[256];
    int status = 0;

    if (!fgets(script, sizeof(script), stdin))
        return -1;
    char *args[] = { "/bin/sh", "-c", script, NULL };
    pid_t pid = fork();
    if (pid == 0) {
        execv("/bin/sh", args); // $ Alert[taint.cmd-injection]
        _exit(127);
    }
    waitpid(pid, &status, 0);
    return status;
}

/* Same, with a scrubbed environment for the child. */
void run_with_clean_env(FILE *jobs)
{
    char job[200];
    char *const envp[] = { "PATH=/usr/bin:/bin", NULL };

    if (fscanf(jobs, "%199s", job) != 1)
        return;
    if (fork() == 0) {
        execle("/bin/bash", "bash", "-c", job, (char *)NULL, envp); // $ Alert[taint.cmd-injection]
        _exit(127);
    }
}

/* Launch the user's editor on a file. */
void launch_editor(const char *file)
{
    const char *editor = getenv("VISUAL");

    if (!editor)
        editor = "/usr/bin/vi";
    if (fork() == 0) {
        execlp(editor, editor, file, (char *)NULL); // $ Alert[taint.cmd-injection]
        _exit(127);
    }
}

/* Plugin loader: the peer names the plugin binary to start. */
void exec_plugin(int sock)
{
    char path[256];
    char *const envp[] = { "PATH=/usr/bin:/bin", NULL };
    ssize_t n = recv(sock, path, sizeof(path) - 1, 0);

    if (n <= 0)
        return;
    path[n] = '\0';
    char *args[] = { path, NULL };
    execve(path, args, envp); // $ Alert[taint.cmd-injection]
    perror("execve");
}
