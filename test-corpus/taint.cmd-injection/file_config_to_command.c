/*
 * taint.cmd-injection: file content (fgets on a FILE* parameter, getline,
 * fread, fscanf, and read() on a descriptor from open()) used as a command
 * for system() / popen(). Also checks that writing '\0' into one element of
 * a tainted buffer does not clear the taint of the whole buffer.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>

/* Run every "hook=" line of an already-open hooks file. */
int run_hooks(FILE *cfg)
{
    char line[512];
    int failures = 0;

    while (fgets(line, sizeof(line), cfg)) {
        if (strncmp(line, "hook=", 5) != 0)
            continue;
        line[strcspn(line, "\n")] = '\0';
        if (system(line + 5) != 0) // $ Alert[taint.cmd-injection]
            failures++;
    }
    return failures;
}

/* Run the post-install step recorded in a package manifest. */
int run_post_install(const char *manifest_path)
{
    FILE *fp = fopen(manifest_path, "r");
    char *line = NULL;
    size_t cap = 0;
    int rc = 0;

    if (!fp)
        return -1;
    while (getline(&line, &cap, fp) != -1) {
        if (strncmp(line, "post_install: ", 14) == 0) {
            FILE *p = popen(line + 14, "r"); // $ Alert[taint.cmd-injection]
            if (p)
                rc = pclose(p);
            break;
        }
    }
    free(line);
    fclose(fp);
    return rc;
}

/* Open the notes file with the editor configured in editor.conf. */
int open_notes_editor(void)
{
    char editor[256];
    char cmd[512];
    size_t n;
    FILE *fp = fopen("/etc/notes/editor.conf", "r");

    if (!fp)
        return system("vi /tmp/notes.txt");
    n = fread(editor, 1, sizeof(editor) - 1, fp);
    fclose(fp);
    editor[n] = '\0';
    editor[strcspn(editor, "\n")] = '\0';
    snprintf(cmd, sizeof(cmd), "%s /tmp/notes.txt", editor);
    return system(cmd); // $ Alert[taint.cmd-injection]
}

/* Restart the service named in the watchdog state file. */
int restart_configured_service(void)
{
    char service[64];
    char cmd[128];
    FILE *fp = fopen("/etc/watchdog/service", "r");

    if (!fp)
        return -1;
    if (fscanf(fp, "%63s", service) != 1) {
        fclose(fp);
        return -1;
    }
    fclose(fp);
    sprintf(cmd, "systemctl restart %s", service);
    return system(cmd); // $ Alert[taint.cmd-injection]
}

/* Re-apply the firewall commands saved by the last session. */
int apply_saved_firewall(void)
{
    char rules[1024];
    ssize_t n;
    int fd = open("/var/lib/fw/rules.cmd", O_RDONLY);

    if (fd < 0)
        return -1;
    n = read(fd, rules, sizeof(rules) - 1);
    close(fd);
    if (n <= 0)
        return -1;
    rules[n] = '\0';
    return system(rules); // $ Alert[taint.cmd-injection]
}
