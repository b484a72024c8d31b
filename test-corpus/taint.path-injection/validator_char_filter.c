/*
 * taint.path-injection, character filters: a helper that rewrites a name
 * so that only some characters remain (kept in place and the string ended
 * after them, copied into another buffer, or replaced in place with '_')
 * makes it safe for the sinks whose dangerous characters it leaves out. A
 * name from the network kept to letters, digits, '-' and '_' cannot leave
 * the spool directory. Bad twins: a filter that keeps '/', one that only
 * drops spaces, one that replaces only some characters and lets '/'
 * through, and helpers that look like filters but are not: one that may
 * return before filtering, one that keeps any character after a
 * backslash, one that skips the character after a backslash while
 * replacing, one that stops at the first space, and a filter applied
 * from the second character on.
 */
#include <ctype.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <unistd.h>

static char *keep_name_chars(char *str)
{
    char *s = str;
    char *p = s;
    while (*s) {
        if (isalnum((unsigned char)*s) || *s == '-' || *s == '_')
            *p++ = *s;
        s++;
    }
    *p = '\0';
    return str;
}

static void copy_word(char *dst, size_t cap, const char *src)
{
    size_t j = 0;
    for (size_t i = 0; src[i] && j + 1 < cap; i++) {
        if (isalnum((unsigned char)src[i]) || src[i] == '.')
            dst[j++] = src[i];
    }
    dst[j] = '\0';
}

static void underscore_unsafe(char *s)
{
    for (size_t i = 0; s[i] != '\0'; i++)
        if (!isalnum((unsigned char)s[i]) && s[i] != '.')
            s[i] = '_';
}

static char *keep_path_chars(char *str)
{
    char *s = str, *p = str;
    for (; *s; s++)
        if (isalnum((unsigned char)*s) || *s == '/' || *s == '.')
            *p++ = *s;
    *p = '\0';
    return str;
}

static void drop_spaces(char *str)
{
    char *p = str;
    for (char *s = str; *s; s++)
        if (!isspace((unsigned char)*s))
            *p++ = *s;
    *p = '\0';
}

static void underscore_spaces(char *s)
{
    for (size_t i = 0; s[i] != '\0'; i++)
        if (s[i] == ' ' || s[i] == '\t')
            s[i] = '_';
}

static int read_name(int sock, char *name, size_t cap)
{
    ssize_t n = recv(sock, name, cap - 1, 0);
    if (n <= 0)
        return -1;
    name[n] = '\0';
    return 0;
}

int spool_job(int sock)
{
    char name[128], path[256];
    if (read_name(sock, name, sizeof name) != 0)
        return -1;
    keep_name_chars(name);
    snprintf(path, sizeof path, "/var/spool/app/%s", name);
    return open(path, O_CREAT | O_WRONLY | O_EXCL, 0600);
}

int spool_job_result(int sock)
{
    char name[128], path[256];
    if (read_name(sock, name, sizeof name) != 0)
        return -1;
    snprintf(path, sizeof path, "/var/spool/app/%s.done", keep_name_chars(name));
    return unlink(path);
}

int cache_word(int sock)
{
    char raw[128], word[64], path[256];
    if (read_name(sock, raw, sizeof raw) != 0)
        return -1;
    copy_word(word, sizeof word, raw);
    snprintf(path, sizeof path, "/var/cache/app/%s", word);
    return creat(path, 0600);
}

int save_upload(int sock)
{
    char name[128], path[256];
    if (read_name(sock, name, sizeof name) != 0)
        return -1;
    underscore_unsafe(name);
    snprintf(path, sizeof path, "/srv/uploads/%s", name);
    return open(path, O_CREAT | O_WRONLY, 0600);
}

int fetch_asset(int sock)
{
    char name[128], path[256];
    if (read_name(sock, name, sizeof name) != 0)
        return -1;
    keep_path_chars(name);
    snprintf(path, sizeof path, "/srv/assets/%s", name);
    return open(path, O_RDONLY); // $ Alert[taint.path-injection]
}

int remove_report(int sock)
{
    char name[128], path[256];
    if (read_name(sock, name, sizeof name) != 0)
        return -1;
    drop_spaces(name);
    snprintf(path, sizeof path, "/var/reports/%s", name);
    return unlink(path); // $ Alert[taint.path-injection]
}

int store_note(int sock)
{
    char name[128], path[256];
    if (read_name(sock, name, sizeof name) != 0)
        return -1;
    underscore_spaces(name);
    snprintf(path, sizeof path, "/var/notes/%s", name);
    return creat(path, 0600); // $ Alert[taint.path-injection]
}

static char *keep_unless_trusted(char *s, int trusted)
{
    if (trusted)
        return s;
    char *p = s, *q = s;
    for (; *q; q++)
        if (isalnum((unsigned char)*q))
            *p++ = *q;
    *p = '\0';
    return s;
}

static void keep_escaped(char *str)
{
    char *p = str;
    for (char *s = str; *s; s++) {
        if (*s == '\\' && s[1]) {
            s++;
            *p++ = *s;
        } else if (isalnum((unsigned char)*s)) {
            *p++ = *s;
        }
    }
    *p = '\0';
}

static void underscore_unescaped(char *str)
{
    for (char *p = str; *p; p++) {
        if (*p == '\\')
            p++;
        else if (!isalnum((unsigned char)*p))
            *p = '_';
        if (!*p)
            break;
    }
}

static void underscore_first_word(char *s)
{
    for (size_t i = 0; s[i] && s[i] != ' '; i++)
        if (!isalnum((unsigned char)s[i]))
            s[i] = '_';
}

int archive_job(int sock, int trusted)
{
    char name[128], path[256];
    if (read_name(sock, name, sizeof name) != 0)
        return -1;
    snprintf(path, sizeof path, "/var/archive/%s", keep_unless_trusted(name, trusted));
    return open(path, O_CREAT | O_WRONLY, 0600); // $ Alert[taint.path-injection]
}

int restore_job(int sock)
{
    char name[128], path[256];
    if (read_name(sock, name, sizeof name) != 0)
        return -1;
    keep_escaped(name);
    snprintf(path, sizeof path, "/var/restore/%s", name);
    return open(path, O_RDONLY); // $ Alert[taint.path-injection]
}

int rename_job(int sock)
{
    char name[128], path[256];
    if (read_name(sock, name, sizeof name) != 0)
        return -1;
    underscore_unescaped(name);
    snprintf(path, sizeof path, "/var/rename/%s", name);
    return unlink(path); // $ Alert[taint.path-injection]
}

int label_job(int sock)
{
    char name[128], path[256];
    if (read_name(sock, name, sizeof name) != 0)
        return -1;
    underscore_first_word(name);
    snprintf(path, sizeof path, "/var/labels/%s", name);
    return creat(path, 0600); // $ Alert[taint.path-injection]
}

int tag_job(int sock)
{
    char name[128], path[256];
    if (read_name(sock, name, sizeof name) != 0)
        return -1;
    keep_name_chars(name + 1);
    snprintf(path, sizeof path, "/var/tags/%s", name);
    return open(path, O_CREAT | O_WRONLY, 0600); // $ Alert[taint.path-injection]
}
