// blind-expect: taint.format-string
// Mail-merge helper that fills a greeting template read from a file with each recipient name.
#include <stdio.h>
#include <string.h>

struct tmpl {
    char text[512];
};

static int read_template(const char *path, struct tmpl *t)
{
    FILE *fp = fopen(path, "r");
    if (!fp)
        return -1;
    size_t n = fread(t->text, 1, sizeof t->text - 1, fp);
    t->text[n] = '\0';
    fclose(fp);
    return 0;
}

static void render(const struct tmpl *t, const char *name, char *out, size_t cap)
{
    snprintf(out, cap, t->text, name);
}

int main(int argc, char **argv)
{
    static const char *recipients[] = { "Alice", "Bob", "Carol" };
    struct tmpl t;
    char message[1024];

    const char *path = argc > 1 ? argv[1] : "greeting.tmpl";
    if (read_template(path, &t) != 0) {
        perror(path);
        return 1;
    }
    for (size_t i = 0; i < sizeof recipients / sizeof recipients[0]; i++) {
        render(&t, recipients[i], message, sizeof message);
        puts(message);
        puts("----");
    }
    return 0;
}
