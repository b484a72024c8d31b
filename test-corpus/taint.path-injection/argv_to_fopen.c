/*
 * taint.path-injection: argv of main used as file paths: fopen on the input,
 * rename() to a user-chosen destination (second argument only), and unlink()
 * of a strdup'ed copy.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <unistd.h>

#define TMP_OUTPUT "/tmp/upcase.partial"

int main(int argc, char **argv)
{
    char line[1024];
    FILE *in, *out;

    if (argc < 3) {
        fprintf(stderr, "usage: %s <input> <output> [--remove-input]\n", argv[0]);
        return 2;
    }

    in = fopen(argv[1], "r"); // $ Alert[taint.path-injection]
    if (!in) {
        perror(argv[1]);
        return 1;
    }
    out = fopen(TMP_OUTPUT, "w");
    if (!out) {
        fclose(in);
        return 1;
    }
    while (fgets(line, sizeof(line), in)) {
        for (char *c = line; *c; c++)
            *c = (char)toupper((unsigned char)*c);
        fputs(line, out);
    }
    fclose(in);
    fclose(out);

    if (rename(TMP_OUTPUT, argv[2]) != 0) { // $ Alert[taint.path-injection]
        perror("rename");
        return 1;
    }

    if (argc > 3 && strcmp(argv[3], "--remove-input") == 0) {
        char *input_copy = strdup(argv[1]);
        if (input_copy && unlink(input_copy) != 0) // $ Alert[taint.path-injection]
            perror("unlink");
        free(input_copy);
    }
    return 0;
}
