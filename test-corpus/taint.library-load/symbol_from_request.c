/*
 * taint.library-load through dlsym: a small RPC server looks up the
 * function a client names in its handler library and calls it. The lookup
 * also searches the library's dependencies, so a client can name any
 * exported function of the C library as well ("system").
 */
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

typedef int (*handler_fn)(const char *arg);

static int dispatch(void *lib, int client)
{
    char req[256];
    ssize_t n = recv(client, req, sizeof req - 1, 0);
    if (n <= 0)
        return -1;
    req[n] = '\0';
    char *arg = strchr(req, ' ');
    if (arg)
        *arg++ = '\0';
    handler_fn fn = (handler_fn)dlsym(lib, req); // $ Alert[taint.library-load]
    if (!fn)
        return -1;
    return fn(arg ? arg : "");
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
