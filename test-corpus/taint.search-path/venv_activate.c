/*
 * taint.search-path: a launcher that "activates" a Python virtual
 * environment described by a pyvenv.cfg-style file before running a script.
 * Taking PYTHONPATH or the PATH entry from the file, or LD_LIBRARY_PATH from
 * the environment, lets whoever writes them choose the code that runs; the
 * look-alikes set fixed directories, or set ordinary variables from the
 * file.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int read_key(FILE *cfg, const char *key, char *out, size_t n)
{
    char line[512];
    size_t klen = strlen(key);
    rewind(cfg);
    while (fgets(line, sizeof(line), cfg)) {
        line[strcspn(line, "\r\n")] = '\0';
        if (strncmp(line, key, klen) == 0 && line[klen] == '=') {
            snprintf(out, n, "%s", line + klen + 1);
            return 0;
        }
    }
    return -1;
}

int activate(FILE *cfg)
{
    char value[512], path[1024];
    const char *old_path = getenv("PATH");
    const char *extra_libs = getenv("VENV_EXTRA_LIBS");

    if (read_key(cfg, "pythonpath", value, sizeof(value)) == 0)
        setenv("PYTHONPATH", value, 1); // $ Alert[taint.search-path]
    if (read_key(cfg, "bin", value, sizeof(value)) == 0) {
        snprintf(path, sizeof(path), "%s:%s", value, old_path ? old_path : "/usr/bin:/bin");
        setenv("PATH", path, 1); // $ Alert[taint.search-path]
    }
    if (extra_libs)
        setenv("LD_LIBRARY_PATH", extra_libs, 1); // $ Alert[taint.search-path]

    if (read_key(cfg, "prompt", value, sizeof(value)) == 0)
        setenv("VIRTUAL_ENV_PROMPT", value, 1);
    setenv("PYTHONNOUSERSITE", "1", 1);
    setenv("PATH", "/opt/venv/bin:/usr/bin:/bin", 1);
    return 0;
}

int main(int argc, char **argv)
{
    FILE *cfg = fopen("/opt/venv/pyvenv.cfg", "r");
    if (!cfg || argc < 2)
        return 1;
    activate(cfg);
    fclose(cfg);
    execl("/opt/venv/bin/python3", "python3", argv[1], (char *)NULL);
    perror("execl");
    return 127;
}
