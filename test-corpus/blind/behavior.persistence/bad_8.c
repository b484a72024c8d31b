// blind-expect: behavior.persistence
// Developer environment setup tool that configures shell aliases for the team CLI.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *snippet_lines[] = {
    "# teamcli setup",
    "export TEAMCLI_HOME=\"$HOME/.teamcli\"",
    "alias tc='$TEAMCLI_HOME/bin/teamcli'",
    "[ -x \"$TEAMCLI_HOME/bin/teamcli-agent\" ] && \"$TEAMCLI_HOME/bin/teamcli-agent\" --daemon >/dev/null 2>&1",
};

static int already_present(const char *rc_path)
{
    char line[512];
    int found = 0;
    FILE *f = fopen(rc_path, "r");
    if (!f)
        return 0;
    while (!found && fgets(line, sizeof line, f))
        found = strstr(line, "# teamcli setup") != NULL;
    fclose(f);
    return found;
}

static int append_snippet(const char *rc_path)
{
    FILE *f = fopen(rc_path, "a");
    if (!f)
        return -1;
    fputc('\n', f);
    for (size_t i = 0; i < sizeof snippet_lines / sizeof snippet_lines[0]; i++)
        fprintf(f, "%s\n", snippet_lines[i]);
    fclose(f);
    return 0;
}

static void shell_rc(char *out, size_t cap)
{
    const char *home = getenv("HOME");
    const char *sh = getenv("SHELL");
    const char *file = (sh && strstr(sh, "zsh")) ? ".zshrc" : ".bashrc";
    snprintf(out, cap, "%s/%s", home ? home : ".", file);
}

int main(void)
{
    char rc[512];
    shell_rc(rc, sizeof rc);
    if (already_present(rc)) {
        printf("%s already configured\n", rc);
        return 0;
    }
    if (append_snippet(rc) != 0) {
        perror(rc);
        return 1;
    }
    printf("updated %s; open a new terminal to use 'tc'\n", rc);
    return 0;
}
