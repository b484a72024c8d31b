/*
 * taint.path-injection, memory: global variables written in one function and
 * read in another. g_data_dir (a buffer) and g_export (a pointer) receive
 * environment values during init; the sinks are in other functions.
 * Look-alikes: a global pointer whose initialiser and only assignment are
 * literals, and a global buffer that is only ever given a literal.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char g_data_dir[256] = "/var/lib/app";
static const char *g_export = NULL;
static char g_pid_file[128];
static const char *g_log_file = "/var/log/app.log";

void init_from_environment(void)
{
    const char *dir = getenv("APP_DATA_DIR");
    if (dir)
        snprintf(g_data_dir, sizeof(g_data_dir), "%s", dir);
    g_export = getenv("APP_EXPORT_FILE");
}

void init_defaults(void)
{
    strcpy(g_pid_file, "/run/app.pid");
    g_log_file = "/var/log/app/app.log";
}

FILE *open_database(void)
{
    char path[512];
    snprintf(path, sizeof(path), "%s/app.db", g_data_dir);
    return fopen(path, "r+"); // $ Alert[taint.path-injection]
}

int export_results(const char *csv)
{
    FILE *out;
    if (!g_export)
        return 0;
    out = fopen(g_export, "w"); // $ Alert[taint.path-injection]
    if (!out)
        return -1;
    fputs(csv, out);
    return fclose(out);
}

int remove_pid_file(void)
{
    return unlink(g_pid_file);
}

FILE *open_log(void)
{
    return fopen(g_log_file, "a");
}

int main(void)
{
    FILE *db, *log;
    init_defaults();
    init_from_environment();
    db = open_database();
    log = open_log();
    export_results("id,value\n");
    if (db) fclose(db);
    if (log) fclose(log);
    return remove_pid_file();
}
