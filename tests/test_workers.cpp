// Worker isolation: results come back in job order whatever the
// parallelism, and a crash or hang in one job costs only that job.
#include "frontend/workers.h"

#include <catch2/catch.hpp>

#include <csignal>
#include <unistd.h>

using namespace sluice;

TEST_CASE("results come back in job order", "[workers]") {
  for (unsigned jobs : {1u, 2u, 4u}) {
    WorkerLimits l;
    l.jobs = jobs;
    auto r = runInWorkers(9, l, [](size_t i) {
      usleep(static_cast<useconds_t>((9 - i) * 2000));  // later jobs finish first
      return std::string(i * 1000 + 1, static_cast<char>('a' + i));
    });
    REQUIRE(r.size() == 9);
    for (size_t i = 0; i < 9; ++i) {
      CHECK(r[i].ok);
      CHECK(r[i].payload == std::string(i * 1000 + 1, static_cast<char>('a' + i)));
    }
  }
}

TEST_CASE("a crashing job is reported and the others survive", "[workers]") {
  WorkerLimits l;
  l.jobs = 2;
  auto r = runInWorkers(3, l, [](size_t i) -> std::string {
    if (i == 1)
      raise(SIGSEGV);
    return "fine";
  });
  CHECK(r[0].ok);
  CHECK(r[2].ok);
  REQUIRE_FALSE(r[1].ok);
  CHECK(r[1].failure.find("signal 11") != std::string::npos);
}

TEST_CASE("a hanging job times out", "[workers]") {
  WorkerLimits l;
  l.jobs = 2;
  l.timeoutSeconds = 1;
  auto r = runInWorkers(2, l, [](size_t i) -> std::string {
    if (i == 0)
      for (;;)
        pause();
    return "quick";
  });
  REQUIRE_FALSE(r[0].ok);
  CHECK(r[0].failure.find("timed out") != std::string::npos);
  CHECK(r[1].ok);
}

TEST_CASE("large payloads are not truncated", "[workers]") {
  WorkerLimits l;
  auto r = runInWorkers(1, l, [](size_t) { return std::string(5 << 20, 'x'); });
  REQUIRE(r[0].ok);
  CHECK(r[0].payload.size() == (5u << 20));
}
