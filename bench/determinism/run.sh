#!/usr/bin/env bash
# Determinism at scale: scans a real project (prepared by
# bench/scale/realworld.sh --prepare-only NAME) with -j 1, -j 2, -j 8 and
# -j 2 again, SARIF and capability manifest each time, and compares the
# bytes. Prints one line per comparison; exit 1 on any difference.
#
#   bash bench/determinism/run.sh tmux busybox
set -uo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
SLUICE="${SLUICE:-$ROOT/build/sluice}"
WORK="${WORK:-/tmp/sluice-scale}"
OUT=$(mktemp -d /tmp/sluice-determinism.XXXXXX)
trap 'rm -rf "$OUT"' EXIT
status=0
for name in "$@"; do
  src=$(ls -d "$WORK/src/$name"/*/ 2>/dev/null | head -1)
  src="${src%/}"
  if [ ! -f "$src/compile_commands.json" ]; then
    echo "$name: not prepared (bench/scale/realworld.sh --prepare-only $name)"; status=1; continue
  fi
  mapfile -t units < <(python3 "$ROOT/bench/scale/ccdb.py" units "$src/compile_commands.json")
  for run in j1:1 j2:2 j8:8 j2again:2; do
    label=${run%%:*}; j=${run##*:}
    (cd "$src" && "$SLUICE" scan -p "$src" -j "$j" -q --fail-on none --format sarif \
        -o "$OUT/$name.$label.sarif" "${units[@]}" >/dev/null 2>&1)
    (cd "$src" && "$SLUICE" capabilities -p "$src" -j "$j" -q --format json \
        -o "$OUT/$name.$label.json" "${units[@]}" >/dev/null 2>&1)
  done
  for label in j1 j8 j2again; do
    for ext in sarif json; do
      if cmp -s "$OUT/$name.j2.$ext" "$OUT/$name.$label.$ext"; then
        echo "$name: $ext -j 2 vs $label: identical ($(wc -c < "$OUT/$name.j2.$ext") bytes)"
      else
        echo "$name: $ext -j 2 vs $label: DIFFERENT"
        diff <(python3 -m json.tool "$OUT/$name.j2.$ext") <(python3 -m json.tool "$OUT/$name.$label.$ext") | head -20
        status=1
      fi
    done
  done
done
exit $status
