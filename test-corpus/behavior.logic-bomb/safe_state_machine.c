/*
 * behavior.logic-bomb look-alikes: a table-driven state machine and items
 * with use counts. The state is set from a transition table (a parser's or
 * a scanner's, as bison and flex generate them), so `state == 3` is a state
 * test, not a run counter reaching a trigger value; and `item->uses++`
 * counts one item's uses, which makes no other field of the item a counter.
 */
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

static const int next_state[4][3] = {{1, 0, 0}, {2, 1, 0}, {3, 0, 1}, {3, 3, 3}};

struct item {
    int kind;
    int uses;
    pid_t pid;
    const char *path;
};

static int classify(int c)
{
    return c == ' ' ? 1 : (c == '\n' ? 2 : 0);
}

int run_machine(const char *input, const char *scratch)
{
    int state = 0;
    for (;;) {
        int c = *input++;
        if (c == '\0')
            break;
        state = next_state[state][classify(c)];
        state++;
        state %= 4;
        if (state == 3)
            unlink(scratch);
    }
    return state;
}

void finish(struct item *it)
{
    for (;;) {
        it->uses++;
        if (it->kind == 0) {
            kill(it->pid, SIGTERM);
            return;
        }
        it->kind--;
    }
}

int main(void)
{
    struct item it = {2, 0, 0, "/tmp/scratch"};
    run_machine("a b\n", it.path);
    finish(&it);
    return 0;
}

/* A command queue numbers its items from a static counter; the counter's
 * value stored into one field says nothing about the item's type. */
struct queued {
    int type;
    unsigned number;
    pid_t pid;
};

void fire(struct queued *q)
{
    static unsigned number;
    q->number = ++number;
    switch (q->type) {
    case 0:
        kill(q->pid, SIGHUP);
        break;
    default:
        break;
    }
}
