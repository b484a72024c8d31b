// behavior.trapdoor: the password is read one byte at a time by a helper
// that is given a descriptor. Which descriptor decides what the password
// is: the accepted connection (network data) in the service, descriptor 0
// (the console's standard input) in the maintenance prompt. Either way a
// login that succeeds on a literal is a trapdoor. The look-alike in
// safe_descriptor_helper_license.c reads a file through the same helper.
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static int read_field(int fd, char *buf, size_t cap)
{
    size_t n = 0;
    char c;
    while (n + 1 < cap && read(fd, &c, 1) == 1 && c != '\n')
        buf[n++] = c;
    buf[n] = '\0';
    return (int)n;
}

static int password_ok(const char *pass)
{
    if (strcmp(pass, "r00t#Maint2024") == 0)
        return 1; // $ Alert[behavior.trapdoor]
    return 0;
}

static void serve(int fd)
{
    char pass[64];
    write(fd, "password: ", 10);
    read_field(fd, pass, sizeof pass);
    if (!password_ok(pass)) {
        write(fd, "denied\n", 7);
        return;
    }
    write(fd, "ok\n", 3);
}

static int console_pin_ok(void)
{
    char pin[32];
    read_field(STDIN_FILENO, pin, sizeof pin);
    return strcmp(pin, "Svc-7731-Kx9!") == 0; // $ Alert[behavior.trapdoor]
}

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "--console") == 0)
        return console_pin_ok() ? 0 : 1;
    int srv = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in addr;
    memset(&addr, 0, sizeof addr);
    addr.sin_family = AF_INET;
    addr.sin_port = htons(7070);
    if (bind(srv, (struct sockaddr *)&addr, sizeof addr) != 0 || listen(srv, 4) != 0)
        return 1;
    for (;;) {
        int c = accept(srv, NULL, NULL);
        if (c < 0)
            continue;
        serve(c);
        close(c);
    }
}
