/*
 * behavior.dropper, safe look-alike: a desktop app's first-run setup. It
 * asks the vendor's server for the latest version number (libcurl into a
 * memory buffer), only prints a notice when an update exists, then installs
 * its own launcher script - fixed text written by the program - into
 * ~/.local/bin and marks it executable. The download is never written to
 * disk; the file made executable holds only constant text. It includes
 * libcurl's headers; Sluice's bundled declarations serve them when libcurl
 * is not installed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <curl/curl.h>

#define APP_VERSION "2.4.1"

struct buf {
    char text[64];
    size_t len;
};

static size_t keep(char *ptr, size_t size, size_t nmemb, void *user)
{
    struct buf *b = user;
    size_t n = size * nmemb;
    if (n > sizeof(b->text) - 1 - b->len)
        n = sizeof(b->text) - 1 - b->len;
    memcpy(b->text + b->len, ptr, n);
    b->len += n;
    b->text[b->len] = '\0';
    return size * nmemb;
}

static void check_for_update(void)
{
    struct buf latest = {{0}, 0};
    CURL *c = curl_easy_init();
    if (!c)
        return;
    curl_easy_setopt(c, CURLOPT_URL, "https://www.example-notes.app/latest-version.txt");
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, keep);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &latest);
    if (curl_easy_perform(c) == 0 && strncmp(latest.text, APP_VERSION, strlen(APP_VERSION)) != 0)
        printf("A new version is available: %s\n", latest.text);
    curl_easy_cleanup(c);
}

static int install_launcher(void)
{
    char path[512];
    const char *home = getenv("HOME");
    if (!home)
        return -1;
    snprintf(path, sizeof(path), "%s/.local/bin/notes", home);
    FILE *f = fopen(path, "w"); // $ Alert[taint.path-injection]
    if (!f)
        return -1;
    fputs("#!/bin/sh\nexec /opt/notes/bin/notes-app \"$@\"\n", f);
    fclose(f);
    return chmod(path, 0755); // $ Alert[taint.path-injection]
}

int main(void)
{
    check_for_update();
    return install_launcher() == 0 ? 0 : 1;
}
