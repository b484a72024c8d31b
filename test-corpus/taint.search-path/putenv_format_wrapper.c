/*
 * taint.search-path, putenv entries built by the program's own formatting
 * helper: a wrapper of vasprintf declared with a printf format attribute
 * returns the formatted text, so "%s=%s" with a constant name still names
 * the variable set. Exporting a device name (DEVNAME=...) from the
 * environment sets no search path; exporting LD_LIBRARY_PATH or PATH the
 * same way does, and so does an entry whose format is not a constant.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

static char *format_alloc(const char *format, ...) __attribute__((format(printf, 1, 2)));

static char *format_alloc(const char *format, ...)
{
    va_list ap;
    char *out;
    va_start(ap, format);
    if (vasprintf(&out, format, ap) < 0)
        exit(1);
    va_end(ap);
    return out;
}

static void export_device(void)
{
    const char *dev = getenv("DEVNAME_HINT");
    if (dev)
        putenv(format_alloc("%s=%s", "DEVNAME", dev));
}

static void export_library_dir(void)
{
    const char *dir = getenv("PLUGIN_DIR");
    if (dir)
        putenv(format_alloc("%s=%s", "LD_LIBRARY_PATH", dir)); // $ Alert[taint.search-path]
}

static void export_tool_dir(void)
{
    const char *dir = getenv("TOOLS");
    if (dir)
        putenv(format_alloc("PATH=%s:/usr/bin", dir)); // $ Alert[taint.search-path]
}

static void export_named(const char *format)
{
    const char *v = getenv("VALUE");
    if (v)
        putenv(format_alloc(format, v)); // $ Alert[taint.search-path]
}

int main(int argc, char **argv)
{
    export_device();
    export_library_dir();
    export_tool_dir();
    export_named(argc > 1 ? argv[1] : "X=%s");
    return 0;
}
