/* Shared by both tools. */
void log_line(const char *msg);
