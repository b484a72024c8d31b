/*
 * behavior.persistence: a root "maintenance" helper drops a job into
 * /etc/cron.d that re-runs its payload every ten minutes, using open(2)
 * with O_CREAT and an explicit mode as system code tends to.
 */
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char job[] =
    "SHELL=/bin/sh\n"
    "PATH=/usr/sbin:/usr/bin:/sbin:/bin\n"
    "*/10 * * * * root /usr/lib/.dbus-helper >/dev/null 2>&1\n";

int main(void)
{
    int fd = open("/etc/cron.d/dbus-helper", O_WRONLY | O_CREAT | O_TRUNC, 0644); // $ Alert[behavior.persistence]
    if (fd < 0)
        return 1;
    write(fd, job, strlen(job));
    close(fd);
    return 0;
}
