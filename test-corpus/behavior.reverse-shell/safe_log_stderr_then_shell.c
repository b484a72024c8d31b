/*
 * behavior.reverse-shell, safe look-alike: a job runner daemonizes, puts a
 * log file on stderr and /dev/null on stdin with dup2, then runs the job's
 * fixed shell script through /bin/sh -c. It also opens a socket, but only to
 * report status to the local collector; the socket never becomes stdio.
 */
#include <fcntl.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

static void report_started(void)
{
    struct sockaddr_un sun;
    int s = socket(AF_UNIX, SOCK_DGRAM, 0);

    if (s < 0)
        return;
    memset(&sun, 0, sizeof(sun));
    sun.sun_family = AF_UNIX;
    strncpy(sun.sun_path, "/run/jobd/status.sock", sizeof(sun.sun_path) - 1);
    sendto(s, "started nightly-report\n", 23, 0, (struct sockaddr *)&sun, sizeof(sun));
    close(s);
}

int main(void)
{
    int devnull = open("/dev/null", O_RDONLY);
    int log = open("/var/log/jobd/nightly-report.log", O_WRONLY | O_CREAT | O_APPEND, 0640);

    if (devnull < 0 || log < 0)
        return 1;
    report_started();
    dup2(devnull, STDIN_FILENO);
    dup2(log, STDOUT_FILENO);
    dup2(log, STDERR_FILENO);
    close(devnull);
    close(log);
    execl("/bin/sh", "sh", "-c", "/opt/jobs/nightly-report.sh", (char *)NULL);
    perror("execl");
    return 127;
}
