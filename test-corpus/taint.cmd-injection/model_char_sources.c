/*
 * taint.cmd-injection (model rows): character-at-a-time and delimiter reads.
 * A command assembled from getchar(), getc() or fgetc(), or read as one
 * record with getdelim(), is run with system()/popen(). Look-alikes: a
 * yes/no answer from getchar() that only selects a literal command, and a
 * record that is only counted.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

static size_t read_word(FILE *in, char *buf, size_t cap)
{
    size_t n = 0;
    int c;
    while (n + 1 < cap && (c = getc(in)) != EOF && c != '\n')
        buf[n++] = (char)c;
    buf[n] = '\0';
    return n;
}

int interactive_shell(void)
{
    char cmd[256];
    size_t n = 0;
    int c;
    fputs("> ", stdout);
    while (n + 1 < sizeof(cmd) && (c = getchar()) != EOF && c != '\n')
        cmd[n++] = (char)c;
    cmd[n] = '\0';
    return system(cmd); // $ Alert[taint.cmd-injection]
}

int run_from_stdin_word(void)
{
    char tool[64];
    if (read_word(stdin, tool, sizeof(tool)) == 0)
        return -1;
    return system(tool); // $ Alert[taint.cmd-injection]
}

FILE *open_filter(FILE *rules)
{
    char filter[128];
    size_t n = 0;
    int c;
    while (n + 1 < sizeof(filter) && (c = fgetc(rules)) != EOF && c != ';')
        filter[n++] = (char)c;
    filter[n] = '\0';
    return popen(filter, "w"); // $ Alert[taint.cmd-injection]
}

int run_nul_separated(FILE *batch)
{
    char *rec = NULL;
    size_t cap = 0;
    int rc = -1;
    if (getdelim(&rec, &cap, '\0', batch) > 0)
        rc = system(rec); // $ Alert[taint.cmd-injection]
    free(rec);
    return rc;
}

int confirm_and_clean(void)
{
    fputs("delete cache? [y/N] ", stdout);
    int answer = getchar();
    if (answer != 'y' && answer != 'Y')
        return 0;
    return system("rm -rf /var/cache/app/*");
}

int count_records(FILE *batch)
{
    char *rec = NULL;
    size_t cap = 0;
    int count = 0;
    while (getdelim(&rec, &cap, '\n', batch) > 0)
        count++;
    free(rec);
    char cmd[64];
    snprintf(cmd, sizeof(cmd), "logger processed-%d-records", count);
    return system(cmd);
}
