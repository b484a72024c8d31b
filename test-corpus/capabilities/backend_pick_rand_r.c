/*
 * capabilities: rand_r. Worker threads of a load generator each keep their
 * own seed and pick a random backend for every request. The random number
 * only selects an element. No expectations.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static const char *const backends[] = {"10.0.0.11", "10.0.0.12", "10.0.0.13"};

static void *worker(void *arg)
{
    unsigned seed = (unsigned)(size_t)arg;
    int hits[3] = {0, 0, 0};

    for (int i = 0; i < 1000; i++)
        hits[rand_r(&seed) % 3]++;
    printf("%s:%d %s:%d %s:%d\n", backends[0], hits[0], backends[1], hits[1], backends[2], hits[2]);
    return NULL;
}

int main(void)
{
    pthread_t t[4];

    for (size_t i = 0; i < 4; i++)
        pthread_create(&t[i], NULL, worker, (void *)(i + 1));
    for (size_t i = 0; i < 4; i++)
        pthread_join(t[i], NULL);
    return 0;
}
