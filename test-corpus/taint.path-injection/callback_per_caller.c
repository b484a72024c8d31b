/*
 * taint.path-injection, callbacks per caller: a walker that calls what its
 * caller passes (directly through a parameter, or through a member of a
 * state struct the walker fills from its parameter and hands down a
 * recursion) reaches, at each call, the callback that caller passed, not
 * every callback any caller passes. The listing and the indexer get an
 * environment path but only print it; the cleaners delete under a
 * constant directory. Bad cases: a caller that passes an environment path
 * with a callback that truncates or changes modes.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef int (*visit_fn)(const char *path);

static int for_each_entry(const char *root, visit_fn visit)
{
    DIR *d = opendir("/var/lib/app/spool");
    if (!d)
        return visit(root);
    struct dirent *e;
    int n = 0;
    while ((e = readdir(d)) != NULL)
        n += visit(root);
    closedir(d);
    return n;
}

static int print_entry(const char *path)
{
    return printf("%s\n", path) < 0;
}

static int remove_entry(const char *path)
{
    return unlink(path);
}

static int truncate_entry(const char *path)
{
    return truncate(path, 0); // $ Alert[taint.path-injection]
}

int list_spool(void)
{
    const char *root = getenv("SPOOL_ROOT");
    return root ? for_each_entry(root, print_entry) : 0;
}

int clean_spool(void)
{
    return for_each_entry("/var/lib/app/spool/old", remove_entry);
}

int reset_spool(void)
{
    const char *root = getenv("RESET_ROOT");
    return root ? for_each_entry(root, truncate_entry) : 0;
}

struct walk_state {
    visit_fn on_file;
    int depth;
};

static int skip_file(const char *path)
{
    (void)path;
    return 0;
}

static int walk_rec(struct walk_state *st, const char *path)
{
    struct stat sb;
    if (stat(path, &sb) != 0)
        return -1;
    if (S_ISDIR(sb.st_mode) && st->depth < 8) {
        st->depth++;
        int r = walk_rec(st, path);
        st->depth--;
        return r;
    }
    return st->on_file(path);
}

static int walk(const char *root, visit_fn on_file)
{
    struct walk_state st;
    st.on_file = on_file ? on_file : skip_file;
    st.depth = 0;
    return walk_rec(&st, root);
}

static int index_file(const char *path)
{
    return printf("indexed %s\n", path) < 0;
}

static int wipe_file(const char *path)
{
    return remove(path);
}

static int relabel_file(const char *path)
{
    return chmod(path, 0644); // $ Alert[taint.path-injection]
}

int index_tree(void)
{
    const char *root = getenv("INDEX_ROOT");
    return root ? walk(root, index_file) : 0;
}

int wipe_cache(void)
{
    return walk("/var/cache/app", wipe_file);
}

int relabel_tree(void)
{
    const char *root = getenv("RELABEL_ROOT");
    return root ? walk(root, relabel_file) : 0;
}
