/*
 * taint.secret-exposure: a small API client whose --verbose mode dumps its
 * settings. The API key from OPENAI_API_KEY is printed (once even as the
 * format string, which is a format-string flaw too), next to look-alikes that
 * only say whether the key is set and print ordinary settings (HOME, LANG,
 * the model name).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct settings {
    const char *api_key;
    const char *model;
    const char *home;
    int verbose;
};

static void load_settings(struct settings *s, int argc, char **argv)
{
    s->api_key = getenv("OPENAI_API_KEY");
    s->model = getenv("OPENAI_MODEL");
    s->home = getenv("HOME");
    s->verbose = argc > 1 && strcmp(argv[1], "--verbose") == 0;
}

static void dump_settings_bad(void)
{
    const char *key = getenv("OPENAI_API_KEY");
    if (!key)
        return;
    printf("api key: %s\n", key); // $ Alert[taint.secret-exposure]
    puts(key); // $ Alert[taint.secret-exposure]
    printf(key); // $ Alert[taint.format-string] Alert[taint.secret-exposure]
}

static void dump_settings_safe(const struct settings *s)
{
    const char *lang = getenv("LANG");
    printf("api key: %s\n", s->api_key ? "set" : "missing");
    printf("api key length: %zu\n", s->api_key ? strlen(s->api_key) : (size_t)0);
    printf("model: %s\n", s->model ? s->model : "gpt-4o-mini");
    printf("home: %s, lang: %s\n", s->home ? s->home : "?", lang ? lang : "C");
}

int main(int argc, char **argv)
{
    struct settings s;
    load_settings(&s, argc, argv);
    if (!s.api_key) {
        fprintf(stderr, "error: OPENAI_API_KEY is not set\n");
        return 1;
    }
    if (s.verbose) {
        dump_settings_safe(&s);
        dump_settings_bad();
    }
    return 0;
}
