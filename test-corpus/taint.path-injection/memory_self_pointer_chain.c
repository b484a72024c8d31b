/*
 * taint.path-injection, memory: a context that points to itself is handed
 * down a chain of helpers through its self pointer (ctx->self), so each
 * helper reaches the caller's memory one pointer level deeper than the one
 * before. The interface keeps three pointer levels, and what lies below the
 * deepest one is not tracked, so the environment value stored at the top is
 * lost two calls down (MISSING; the synthetic scale benchmark's planted
 * flows of 9-10 calls are this shape). Letting the deepest level stand for
 * everything below it finds it, but made tmux's facts 25 % larger and its
 * link more than twice as slow, so it is not done yet. Look-alike: the same
 * chain carrying only a literal file name stays quiet.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct input {
    char *val;
    int len;
};

struct ctx {
    struct input in;
    char *path;
    struct ctx *self;
    int depth;
};

static void remove_target(struct ctx *c)
{
    unlink(c->path); // $ MISSING: Alert[taint.path-injection]
}

static void stage3(struct ctx *c)
{
    c->depth++;
    remove_target(c->self);
}

static void stage2(struct ctx *c)
{
    struct ctx *s = c->self;
    s->path = s->in.val;
    stage3(c->self);
}

static void stage1(struct ctx *c)
{
    c->depth++;
    stage2(c->self);
}

int cleanup_from_env(void)
{
    struct ctx c;
    memset(&c, 0, sizeof c);
    c.in.val = getenv("CLEANUP_TARGET");
    if (!c.in.val)
        return 0;
    c.self = &c;
    stage1(&c);
    return c.depth;
}

/* Look-alike: the same shape, a constant name. */
static void remove_fixed(struct ctx *c)
{
    unlink(c->path);
}

static void fixed3(struct ctx *c) { remove_fixed(c->self); }
static void fixed2(struct ctx *c) { fixed3(c->self); }

int cleanup_fixed(void)
{
    struct ctx c;
    memset(&c, 0, sizeof c);
    c.path = "/tmp/app.lock";
    c.self = &c;
    fixed2(&c);
    return 0;
}
