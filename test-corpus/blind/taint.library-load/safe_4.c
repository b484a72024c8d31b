// blind-expect: none
// Audio player that picks one of its bundled output backends by name.
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef int (*backend_open_fn)(int rate, int channels);

struct backend_entry {
    const char *name;
    const char *library;
};

static const struct backend_entry backends[] = {
    { "alsa",  "/usr/lib/tinyplay/backend_alsa.so" },
    { "pulse", "/usr/lib/tinyplay/backend_pulse.so" },
    { "oss",   "/usr/lib/tinyplay/backend_oss.so" },
};

static const struct backend_entry *find_backend(const char *wanted)
{
    for (size_t i = 0; i < sizeof backends / sizeof backends[0]; i++)
        if (wanted && strcmp(backends[i].name, wanted) == 0)
            return &backends[i];
    return &backends[0];
}

static backend_open_fn load_backend(const struct backend_entry *b, void **handle)
{
    *handle = dlopen(b->library, RTLD_NOW);
    if (!*handle) {
        fprintf(stderr, "%s backend unavailable: %s\n", b->name, dlerror());
        return NULL;
    }
    return (backend_open_fn)dlsym(*handle, "backend_open");
}

int main(void)
{
    const struct backend_entry *b = find_backend(getenv("TINYPLAY_BACKEND"));
    void *handle = NULL;
    backend_open_fn open_fn = load_backend(b, &handle);
    if (!open_fn)
        return 1;
    if (open_fn(44100, 2) != 0) {
        fprintf(stderr, "failed to open %s output\n", b->name);
        dlclose(handle);
        return 1;
    }
    printf("playing through %s\n", b->name);
    dlclose(handle);
    return 0;
}
