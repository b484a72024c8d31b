#!/usr/bin/env bash
# Installs what Sluice's build and tests need on Debian 12, as root.
# Idempotent: asks dpkg first and runs apt-get (and its update) only when
# something is missing.
set -euo pipefail

PACKAGES=(
  cmake ninja-build make g++            # build
  llvm-19-dev libclang-19-dev libclang-cpp19-dev clang-19   # Clang LibTooling 19
  libfmt-dev nlohmann-json3-dev         # formatting, JSON
  catch2                                # unit tests (Catch2 v2)
  python3 python3-jsonschema            # corpus runner, SARIF schema validation
  git                                   # --changed-since runs it; its tests need it
  libclang-rt-19-dev                    # libFuzzer and sanitizer runtimes (bench/fuzz)
  chromium                              # tests only: the audit's HTML report, headless
  # Tests only: real headers of three modelled libraries, so the corpus
  # checks the same findings with them and with rules/headers/ (Sluice
  # itself never needs them).
  libcurl4-openssl-dev libssl-dev libcpp-httplib-dev
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "install-deps: error: missing packages (${missing[*]}) and not root; install them or run as root" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
