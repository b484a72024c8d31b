# Front door. `make demo` and `make test` install what is missing, build,
# and run; see README.md.
BUILD_DIR ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
GENERATOR := $(shell command -v ninja >/dev/null 2>&1 && echo "-G Ninja")

SAN_DIR ?= build-sanitize
FUZZ_DIR ?= build-fuzz

.PHONY: all deps build fuzz-build demo test test-sanitize clean bench fuzz

all: build

deps:
	@bash scripts/install-deps.sh

$(BUILD_DIR)/CMakeCache.txt:
	cmake -S . -B $(BUILD_DIR) $(GENERATOR) -DCMAKE_BUILD_TYPE=RelWithDebInfo

build: deps $(BUILD_DIR)/CMakeCache.txt
	cmake --build $(BUILD_DIR) -j $(JOBS)

demo: build
	@echo "== sluice scan examples/demo (text below, SARIF in sluice.sarif)"
	@$(BUILD_DIR)/sluice scan --sarif sluice.sarif examples/demo; \
	  rc=$$?; echo "== exit code $$rc (1 = findings at or above --fail-on)"; \
	  [ $$rc -le 1 ]
	@echo "== sluice capabilities examples/demo (what each entry point can do)"
	@$(BUILD_DIR)/sluice capabilities examples/demo

# The libFuzzer targets (clang, ASan, UBSan); CTest runs each for seconds.
fuzz-build: deps
	cmake -S . -B $(FUZZ_DIR) $(GENERATOR) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSLUICE_FUZZ=ON \
	  -DCMAKE_CXX_COMPILER=clang++-19
	cmake --build $(FUZZ_DIR) --target fuzz-targets -j $(JOBS)

test: build fuzz-build
	cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

# Longer fuzzing runs (not a test): SECONDS per target.
fuzz: build fuzz-build
	bash bench/fuzz/run.sh --no-build $(or $(SECONDS),300)

# ASan + UBSan build; runs the unit tests, the corpus and the CLI tests.
# Sanitizer reports go to $(SAN_DIR)/reports/ (workers' stderr is not
# shown), and any report fails the target.
test-sanitize: deps
	cmake -S . -B $(SAN_DIR) $(GENERATOR) -DCMAKE_BUILD_TYPE=Debug -DSLUICE_SANITIZE=ON
	cmake --build $(SAN_DIR) -j $(JOBS)
	rm -rf $(SAN_DIR)/reports && mkdir -p $(SAN_DIR)/reports
	cd $(SAN_DIR) && ASAN_OPTIONS=detect_leaks=0:log_path=$(CURDIR)/$(SAN_DIR)/reports/asan \
	  UBSAN_OPTIONS=print_stacktrace=1:log_path=$(CURDIR)/$(SAN_DIR)/reports/ubsan \
	  ctest --output-on-failure -j $(JOBS) -E 'model-coverage|scale'
	@if ls $(SAN_DIR)/reports/* >/dev/null 2>&1; then \
	  echo "== sanitizer reports:"; cat $(SAN_DIR)/reports/*; exit 1; fi
	@echo "== no sanitizer reports"

bench: build
	bash bench/juliet/run.sh

clean:
	rm -rf $(BUILD_DIR) $(SAN_DIR) $(FUZZ_DIR) sluice.sarif
