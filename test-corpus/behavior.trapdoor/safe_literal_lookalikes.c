/*
 * Look-alikes for behavior.trapdoor: input compared with constants that
 * are not credentials. A command word ends a loop, a file's signature
 * picks its format, a protocol version picks a parser, and a known
 * default password is refused (a negative result). None grants access.
 */
#include <stdio.h>
#include <string.h>

static int is_quit(const char *line)
{
    if (strcmp(line, "quit") == 0)
        return 1;
    return 0;
}

static int image_kind(FILE *f)
{
    char magic[8] = {0};
    if (fread(magic, 1, 6, f) != 6)
        return 0;
    if (memcmp(magic, "GIF89a", 6) == 0)
        return 2;
    return 0;
}

static int http_version(const char *proto)
{
    if (strcmp(proto, "HTTP/1.1") == 0)
        return 11;
    return 10;
}

static int password_acceptable(const char *pw)
{
    if (strcmp(pw, "admin123!") == 0)
        return -1; /* the factory default must be changed */
    return strlen(pw) >= 12;
}

int main(void)
{
    char line[128];
    FILE *f = fopen("picture.gif", "rb");
    while (fgets(line, sizeof line, stdin)) {
        line[strcspn(line, "\n")] = '\0';
        if (is_quit(line))
            break;
        printf("%d %d\n", http_version(line), password_acceptable(line));
    }
    if (f) {
        printf("%d\n", image_kind(f));
        fclose(f);
    }
    return 0;
}
