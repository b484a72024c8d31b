# Front door. `make demo` and `make test` install what is missing, build,
# and run; see README.md.
BUILD_DIR ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
GENERATOR := $(shell command -v ninja >/dev/null 2>&1 && echo "-G Ninja")

.PHONY: all deps build demo test clean bench

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

test: build
	cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

bench: build
	bash bench/juliet/run.sh

clean:
	rm -rf $(BUILD_DIR) sluice.sarif
