// blind-expect: behavior.privilege-escalation-exec
// Firewall helper that lets the network manager applet open a port.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

struct port_request {
    char proto[8];
    int port;
};

static int parse_request(int argc, char **argv, struct port_request *req)
{
    if (argc != 3)
        return -1;
    if (strcmp(argv[1], "tcp") != 0 && strcmp(argv[1], "udp") != 0)
        return -1;
    snprintf(req->proto, sizeof req->proto, "%s", argv[1]);
    req->port = atoi(argv[2]);
    return (req->port > 0 && req->port < 65536) ? 0 : -1;
}

static int become_root(void)
{
    if (setgid(0) != 0)
        return -1;
    if (setuid(0) != 0)
        return -1;
    return 0;
}

static int apply_rule(const struct port_request *req)
{
    char port[8];
    snprintf(port, sizeof port, "%d", req->port);
    pid_t pid = fork();
    if (pid == 0) {
        execl("/usr/sbin/iptables", "iptables", "-A", "INPUT", "-p", req->proto,
              "--dport", port, "-j", "ACCEPT", (char *)NULL);
        _exit(127);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

int main(int argc, char **argv)
{
    struct port_request req;
    if (parse_request(argc, argv, &req) != 0) {
        fprintf(stderr, "usage: %s tcp|udp PORT\n", argv[0]);
        return 2;
    }
    if (become_root() != 0) {
        perror("privileges");
        return 1;
    }
    int rc = apply_rule(&req);
    printf("%s/%d %s\n", req.proto, req.port, rc == 0 ? "opened" : "failed");
    return rc;
}
