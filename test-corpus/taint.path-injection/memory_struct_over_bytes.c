/*
 * taint.path-injection: a scratch buffer shared by several tools, with a
 * struct of pointers laid over it (a multi-call binary's globals). One tool
 * fills the buffer with file bytes; another reads a pointer member out of
 * it. Bytes read as a pointer are a forged address, not a file name: the
 * string it points to is not the input, so no path injection. The file
 * bytes used as text are reported.
 */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

char scratch[1024];

struct tool_globals {
    int verbose;
    const char *cur_file;
};
#define G (*(struct tool_globals *)scratch)

int cat_tool(FILE *in)
{
    size_t n = fread(scratch, 1, sizeof scratch - 1, in);
    scratch[n] = '\0';
    return fwrite(scratch, 1, n, stdout) == n ? 0 : 1;
}

int grep_tool(const char *name)
{
    G.cur_file = name;
    return open(G.cur_file, O_RDONLY);
}

int rerun_tool(void)
{
    return open(G.cur_file, O_RDONLY);
}

int include_tool(FILE *list)
{
    size_t n = fread(scratch, 1, sizeof scratch - 1, list);
    scratch[n] = '\0';
    scratch[strcspn(scratch, "\n")] = '\0';
    return open(scratch, O_RDONLY); // $ Alert[taint.path-injection]
}
