/*
 * taint.cmd-injection: a call through a struct member (`p->on_line(line)`)
 * reaches the functions the program stores in that member, not every
 * function of that type whose address is taken. The parser's line callback
 * is only ever set (through a setter's parameter) to a counter, so the
 * network line never reaches run_cmd, which has the same type and sits in
 * the command table, nor shell_line, of the same type, which only an admin
 * table holds and which is only run with constant text. The command
 * table's own member is called with the line, and that reaches run_cmd.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

typedef int (*line_fn)(char *line);

struct parser {
    line_fn on_line;
    int lines;
};

struct command {
    const char *name;
    line_fn handler;
};

static int lines_seen;

static int count_line(char *line)
{
    (void)line;
    return ++lines_seen;
}

static int run_cmd(char *line)
{
    return system(line); // $ Alert[taint.cmd-injection]
}

static int shell_line(char *line)
{
    return system(line);
}

static const struct command commands[] = {{"run", run_cmd}};
static const struct command admin[] = {{"shell", shell_line}};

int admin_reset(void)
{
    char fixed[] = "systemctl restart app";
    return admin[0].handler(fixed);
}

static void set_callback(struct parser *p, line_fn fn)
{
    p->on_line = fn;
}

static int feed(struct parser *p, char *line)
{
    p->lines++;
    return p->on_line(line);
}

int serve(int sock, const char *verb)
{
    struct parser p = {0};
    char line[256];
    ssize_t n = recv(sock, line, sizeof line - 1, 0);
    if (n <= 0)
        return -1;
    line[n] = '\0';
    set_callback(&p, count_line);
    feed(&p, line);
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; ++i)
        if (strcmp(commands[i].name, verb) == 0)
            return commands[i].handler(line);
    return 0;
}
