/*
 * Look-alike of symbol_from_request.c: the client's request only selects
 * an entry of a fixed table of handler names, compared with each constant
 * name; what dlsym looks up is always one of the table's constants.
 */
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

typedef int (*handler_fn)(const char *arg);

static const char *const kHandlers[] = {"handle_status", "handle_version", "handle_uptime"};

static int dispatch(void *lib, int client)
{
    char req[64];
    ssize_t n = recv(client, req, sizeof req - 1, 0);
    if (n <= 0)
        return -1;
    req[n] = '\0';
    for (size_t i = 0; i < sizeof kHandlers / sizeof kHandlers[0]; i++) {
        if (strcmp(req, kHandlers[i]) != 0)
            continue;
        handler_fn fn = (handler_fn)dlsym(lib, kHandlers[i]);
        return fn ? fn("") : -1;
    }
    return -1;
}

int serve(int listener)
{
    void *lib = dlopen("libhandlers.so", RTLD_NOW);
    if (!lib)
        return -1;
    int client;
    while ((client = accept(listener, NULL, NULL)) >= 0) {
        dispatch(lib, client);
        close(client);
    }
    return 0;
}
