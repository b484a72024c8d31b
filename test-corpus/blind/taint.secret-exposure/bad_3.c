// blind-expect: taint.secret-exposure
// SSH key checker that loads the user's private key and logs what it found to syslog.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>

static long load_private_key(char *buf, size_t cap)
{
    char path[512];
    const char *home = getenv("HOME");
    snprintf(path, sizeof path, "%s/.ssh/id_rsa", home ? home : "");
    FILE *fp = fopen(path, "r");
    if (!fp)
        return -1;
    size_t n = fread(buf, 1, cap - 1, fp);
    buf[n] = '\0';
    fclose(fp);
    return (long)n;
}

int main(void)
{
    static char key[8192];
    openlog("keycheck", LOG_PID, LOG_USER);
    long n = load_private_key(key, sizeof key);
    if (n < 0) {
        syslog(LOG_WARNING, "no private key found");
        closelog();
        return 1;
    }
    int is_openssh = strstr(key, "BEGIN OPENSSH PRIVATE KEY") != NULL;
    syslog(LOG_INFO, "key format: %s, %ld bytes", is_openssh ? "openssh" : "pem", n);
    syslog(LOG_DEBUG, "key contents: %s", key);
    closelog();
    return 0;
}
