/*
 * clean: summary statistics over a sensor CSV file at a fixed path. File
 * content is parsed into numbers and printed; nothing reaches a sink.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <float.h>

#define READINGS_PATH "/var/lib/sensors/readings.csv"

struct stats {
    size_t count;
    double sum;
    double min;
    double max;
};

static void stats_init(struct stats *s)
{
    s->count = 0;
    s->sum = 0.0;
    s->min = DBL_MAX;
    s->max = -DBL_MAX;
}

static void stats_add(struct stats *s, double v)
{
    s->count++;
    s->sum += v;
    if (v < s->min)
        s->min = v;
    if (v > s->max)
        s->max = v;
}

/* Parses "timestamp,sensor,value"; returns 0 on success. */
static int parse_value(char *line, double *out)
{
    char *last_comma = strrchr(line, ',');
    char *end;

    if (!last_comma)
        return -1;
    *out = strtod(last_comma + 1, &end);
    return end == last_comma + 1 ? -1 : 0;
}

int main(void)
{
    char line[256];
    struct stats s;
    size_t lineno = 0, skipped = 0;
    FILE *fp = fopen(READINGS_PATH, "r");

    if (!fp) {
        perror(READINGS_PATH);
        return 1;
    }
    stats_init(&s);
    while (fgets(line, sizeof(line), fp)) {
        double v;
        lineno++;
        if (lineno == 1 && strncmp(line, "timestamp", 9) == 0)
            continue;
        if (parse_value(line, &v) != 0) {
            fprintf(stderr, "line %zu: cannot parse: %s", lineno, line);
            skipped++;
            continue;
        }
        stats_add(&s, v);
    }
    fclose(fp);

    if (s.count == 0) {
        printf("no readings\n");
        return 0;
    }
    printf("readings: %zu (skipped %zu)\n", s.count, skipped);
    printf("mean: %.3f  min: %.3f  max: %.3f\n", s.sum / (double)s.count, s.min, s.max);
    return 0;
}
