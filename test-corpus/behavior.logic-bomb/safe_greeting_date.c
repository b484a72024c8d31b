/*
 * behavior.logic-bomb, safe look-alike: a date check that only prints. After
 * the release date the tool greets the user with the new version's notes;
 * the stale download it always removes is not under the date check.
 */
#include <stdio.h>
#include <time.h>
#include <unistd.h>

#define RELEASE_DATE 1767225600L /* 2026-01-01 */

int main(void)
{
    time_t now = time(NULL);
    struct tm *tm = localtime(&now);

    if (now >= RELEASE_DATE)
        puts("Welcome to notes 3.0! Type :help whatsnew for the changes.");
    if (tm && tm->tm_mon == 11 && tm->tm_mday == 25)
        puts("Merry Christmas!");
    unlink("/var/cache/notes/update.partial");
    return 0;
}
