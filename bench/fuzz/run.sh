#!/usr/bin/env bash
# Builds the libFuzzer targets (clang-19, ASan + UBSan over Sluice's code)
# in build-fuzz/ and runs each for a while on a seed corpus made of the
# repository's own files, with a dictionary of its format's keys.
#
#   bash bench/fuzz/run.sh [SECONDS]      # per target, default 300
#   bash bench/fuzz/run.sh --smoke        # 5 s per target (CTest runs this)
#   TARGETS="fuzz_config fuzz_baseline" bash bench/fuzz/run.sh 60
#
# Prints one line per target: runs, seconds, corpus size, and the crash
# file if any (exit 1). Crashes are kept in build-fuzz/fuzz/crashes/.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
BUILD="${FUZZ_BUILD_DIR:-$ROOT/build-fuzz}"
SECONDS_PER=300
NO_BUILD=0
for a in "$@"; do
  case "$a" in
    --smoke) SECONDS_PER=5 ;;
    --no-build) NO_BUILD=1 ;;
    *) SECONDS_PER="$a" ;;
  esac
done
ALL="fuzz_rules fuzz_config fuzz_baseline fuzz_source_comments fuzz_git_diff fuzz_compile_db fuzz_manifest fuzz_cache_entry"
TARGETS="${TARGETS:-$ALL}"

if [ "$NO_BUILD" = 0 ]; then
  GEN=""; command -v ninja >/dev/null && GEN="-G Ninja"
  cmake -S "$ROOT" -B "$BUILD" $GEN -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSLUICE_FUZZ=ON \
    -DCMAKE_CXX_COMPILER=clang++-19 >/dev/null
  cmake --build "$BUILD" --target fuzz-targets -j "$(nproc)" >/dev/null
fi
for t in $TARGETS; do
  if [ ! -x "$BUILD/fuzz/$t" ]; then
    echo "run.sh: $BUILD/fuzz/$t is not built (run without --no-build)" >&2
    exit 77
  fi
done

# Seeds: the repository's own files of each format, and samples.
SEEDS="$BUILD/fuzz/seeds"
rm -rf "$SEEDS"; mkdir -p "$SEEDS"
seed() {  # target files...
  local t=$1; shift
  mkdir -p "$SEEDS/$t"
  for f in "$@"; do [ -f "$f" ] && cp "$f" "$SEEDS/$t/$(echo "$f" | md5sum | cut -c1-12)"; done
  return 0
}
seed fuzz_rules $(find "$ROOT/rules" -name "*.yaml" | sort) "$HERE"/seeds/rules/*
seed fuzz_config "$HERE"/seeds/config/*
seed fuzz_baseline "$HERE"/seeds/baseline/*
seed fuzz_source_comments $(find "$ROOT/test-corpus" -name '*.c' -o -name '*.cpp' | sort | head -200)
seed fuzz_git_diff "$HERE"/seeds/git_diff/*
seed fuzz_compile_db "$HERE"/seeds/compile_db/*
seed fuzz_manifest "$HERE"/seeds/manifest/*
seed fuzz_cache_entry /dev/null
SLUICE="$ROOT/build/sluice"
if [ -x "$SLUICE" ]; then
  tmp=$(mktemp -d)
  "$SLUICE" capabilities --format json -o "$tmp/manifest.json" "$ROOT/examples/demo" >/dev/null 2>&1 || true
  seed fuzz_manifest "$tmp/manifest.json"
  "$SLUICE" scan -q --format sarif -o "$tmp/report.sarif" "$ROOT/examples/demo" >/dev/null 2>&1 || true
  seed fuzz_baseline "$tmp/report.sarif"
  SLUICE_CACHE_KEY=fuzz-seed-key-of-thirty-two-chars "$SLUICE" scan -q --cache "$tmp/cache" \
    --fail-on none "$ROOT/examples/demo" >/dev/null 2>&1 || true
  # As the target sees them: authenticated already, written for key a...a.
  find "$tmp/cache" -type f | sort | while read -r e; do
    python3 - "$e" "$SEEDS/fuzz_cache_entry/$(basename "$e" | cut -c1-12)" <<'PY'
import sys
data = open(sys.argv[1], "rb").read()
body = data[:data.rfind(b"\nmac ") + 1]
lines = body.split(b"\n", 2)
open(sys.argv[2], "wb").write(lines[0] + b"\nkey " + b"a" * 64 + b"\n" + lines[2])
PY
  done
  rm -rf "$tmp"
fi

CRASHES="$BUILD/fuzz/crashes"
mkdir -p "$CRASHES"
status=0
printf '| target | seconds | runs | corpus | result |\n| --- | ---: | ---: | ---: | --- |\n'
for t in $TARGETS; do
  corpus="$BUILD/fuzz/corpus/$t"
  mkdir -p "$corpus"
  dict=""
  d="$HERE/dict/${t#fuzz_}.dict"
  [ -f "$d" ] && dict="-dict=$d"
  log="$BUILD/fuzz/$t.log"
  set +e
  ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
    "$BUILD/fuzz/$t" "$corpus" "$SEEDS/$t" $dict -max_total_time="$SECONDS_PER" \
    -max_len=65536 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$CRASHES/$t-" >"$log" 2>&1
  rc=$?
  set -e
  runs=$(grep -a -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  size=$(ls "$corpus" | wc -l)
  if [ "$rc" = 0 ]; then
    result="no crash"
  else
    result="FAILED (exit $rc): $(grep -a -m1 -o "$CRASHES/[^ ]*" "$log" || echo "see $log")"
    status=1
  fi
  echo "| $t | $SECONDS_PER | $runs | $size | $result |"
done
exit $status
