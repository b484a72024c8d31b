/*
 * taint.cmd-injection in C whose library header is not installed
 * (acme/bus.h exists nowhere, and would have included stdbool.h): the
 * struct it defines is given the members the file reads (text, text_len)
 * and a complete body, `bool` and `true` come from stdbool.h, and the file
 * is parsed again, so the environment value carried in a message member
 * still reaches system(). The look-alike runs a fixed command.
 */
#include <stdio.h>
#include <stdlib.h>
#include <acme/bus.h> // $ Notification[tu-missing-headers]

static int handle(const struct acme_msg *msg, bool urgent)
{
    char cmd[256];
    snprintf(cmd, sizeof cmd, "notify-send '%s'", msg->text);
    if (urgent && msg->text_len > 0)
        return system(cmd); // $ Alert[taint.cmd-injection]
    return system("notify-send 'idle'");
}

int main(void)
{
    struct acme_msg m;
    m.text = getenv("NOTE_TEXT");
    m.text_len = m.text ? 1 : 0;
    return handle(&m, true);
}
