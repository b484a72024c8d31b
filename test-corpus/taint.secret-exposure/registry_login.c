/*
 * taint.secret-exposure: a deploy helper that logs in to a container
 * registry. Handing DOCKER_PASSWORD to docker on the command line, or
 * exporting a token into the environment of every child, exposes it; the
 * look-alike pipes the password to --password-stdin and passes only the user
 * name and a non-secret stage name on.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

int login_on_command_line(const char *registry)
{
    const char *user = getenv("DOCKER_USER");
    const char *pass = getenv("DOCKER_PASSWORD");
    if (!user || !pass)
        return -1;
    pid_t pid = fork();
    if (pid == 0) {
        execlp("docker", "docker", "login", "-u", user, "-p", pass, registry, (char *)NULL); // $ Alert[taint.secret-exposure]
        _exit(127);
    }
    return pid < 0 ? -1 : 0;
}

int export_token_for_children(void)
{
    const char *token = getenv("CI_JOB_TOKEN");
    if (!token)
        return -1;
    return setenv("REGISTRY_PASSWORD_COPY", token, 1); // $ Alert[taint.secret-exposure]
}

int login_with_stdin(const char *registry)
{
    const char *user = getenv("DOCKER_USER");
    const char *pass = getenv("DOCKER_PASSWORD");
    const char *stage = getenv("DEPLOY_STAGE");
    int fds[2];
    if (!user || !pass || pipe(fds) != 0)
        return -1;
    setenv("DEPLOY_STAGE_NAME", stage ? stage : "dev", 1);
    pid_t pid = fork();
    if (pid == 0) {
        dup2(fds[0], STDIN_FILENO);
        close(fds[1]);
        execlp("docker", "docker", "login", "-u", user, "--password-stdin", registry, (char *)NULL);
        _exit(127);
    }
    close(fds[0]);
    if (write(fds[1], pass, strlen(pass)) < 0)
        perror("write");
    close(fds[1]);
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}
