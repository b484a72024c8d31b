// blind-expect: taint.format-string
// Banner tool that prints a custom greeting given on the command line, followed by the current date.
#include <stdio.h>
#include <time.h>

static void print_banner(const char *text)
{
    printf("==============================\n");
    printf(text);
    printf("\n==============================\n");
}

int main(int argc, char **argv)
{
    char date[64];
    time_t now = time(NULL);
    strftime(date, sizeof date, "%A %d %B %Y", localtime(&now));

    if (argc > 1)
        print_banner(argv[1]);
    else
        print_banner("Welcome!");
    printf("Today is %s\n", date);
    return 0;
}
