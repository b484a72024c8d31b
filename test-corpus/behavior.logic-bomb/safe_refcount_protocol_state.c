/*
 * behavior.logic-bomb, safe look-alikes: counters that are not triggers.
 * A reference count that reaches zero releases its temporary file; a
 * print spooler deletes a job once both of its files arrived (a protocol
 * state counted up to a small number); a log processor deletes the oldest
 * file when a line matched the '+' pattern flag. Nothing may be reported.
 */
#include <stdio.h>
#include <unistd.h>

static int refs;
static int spooling;
static char match;

void acquire(void)
{
    ++refs;
}

void release(const char *tmp)
{
    if (--refs == 0)
        unlink(tmp);
}

void got_file(const char *ctrl, const char *data)
{
    spooling++;
    if (spooling == 2) {
        unlink(ctrl);
        unlink(data);
        spooling = 0;
    }
}

void select_line(const char *line, const char *oldest)
{
    match = line[0];
    match++;
    if (match == '+')
        unlink(oldest);
}
