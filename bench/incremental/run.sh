#!/usr/bin/env bash
# The incremental cache on a real project (prepared by
# bench/scale/realworld.sh --prepare-only NAME): a full scan into an empty
# cache, a re-scan with nothing changed, and a re-scan after one unit's
# content changed (a comment appended, then removed again), each against
# clang-19 -fsyntax-only of the same units (-j 2). Prints one Markdown row
# per scan: wall seconds, main-process peak RSS, cache hits and misses.
#
#   bash bench/incremental/run.sh tmux [UNIT]
#
# UNIT defaults to the project's largest unit. Not a test: minutes per run.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
SLUICE="${SLUICE:-$ROOT/build/sluice}"
WORK="${WORK:-/tmp/sluice-scale}"
NAME="${1:?usage: run.sh PROJECT [UNIT]}"
SRC=$(ls -d "$WORK/src/$NAME"/*/ | head -1)
SRC="${SRC%/}"
DB="$SRC/compile_commands.json"
[ -f "$DB" ] || { echo "run.sh: no $DB; run bench/scale/realworld.sh --prepare-only $NAME" >&2; exit 2; }
mapfile -t UNITS < <(python3 "$ROOT/bench/scale/ccdb.py" units "$DB")
UNIT="${2:-$(wc -c "${UNITS[@]}" | grep -v ' total$' | sort -n | tail -1 | awk '{print $2}')}"
CACHE=$(mktemp -d /tmp/sluice-incremental.XXXXXX)
trap 'rm -rf "$CACHE"; [ -f "$UNIT.orig" ] && mv "$UNIT.orig" "$UNIT"' EXIT

clang_all=$(python3 "$ROOT/bench/scale/ccdb.py" clang "$DB" -j 2 2>/dev/null | tail -1)
clang_one=$(python3 "$ROOT/bench/scale/ccdb.py" clang "$DB" -j 2 --only "$UNIT" 2>/dev/null | tail -1)

scan() {  # label
  local t
  t=$( { cd "$SRC" && /usr/bin/time -f 'TIME %e %M' "$SLUICE" scan -p "$SRC" -j 2 --stats \
           --cache "$CACHE" --format sarif -o "$CACHE.$1.sarif" "${UNITS[@]}" >/dev/null; } 2>&1 || true)
  local wall rss hits misses stale link
  wall=$(grep '^TIME' <<<"$t" | awk '{print $2}')
  rss=$(grep '^TIME' <<<"$t" | awk '{printf "%d", $3/1024}')
  hits=$(grep -o 'hits=[0-9]*' <<<"$t" | cut -d= -f2)
  misses=$(grep -o 'misses=[0-9]*' <<<"$t" | cut -d= -f2)
  stale=$(grep -o 'stale=[0-9]*' <<<"$t" | cut -d= -f2)
  link=$(grep -o 'link-s=[0-9.]*' <<<"$t" | cut -d= -f2)
  echo "| $NAME | $1 | $wall | $link | $rss | $hits | $((misses + stale)) |"
}

echo "$NAME: ${#UNITS[@]} units; clang -fsyntax-only -j 2: all ${clang_all} s, $(basename "$UNIT") alone ${clang_one} s"
echo
echo "| project | scan | sluice s | link s | main MiB | cache hits | analyzed |"
echo "| --- | --- | ---: | ---: | ---: | ---: | ---: |"
scan full
scan no-change
cp -p "$UNIT" "$UNIT.orig"
printf '\n/* sluice incremental benchmark */\n' >> "$UNIT"
scan one-file
mv "$UNIT.orig" "$UNIT"
if cmp -s "$CACHE.full.sarif" "$CACHE.no-change.sarif"; then
  echo; echo "no-change SARIF identical to the full scan's: yes"
else
  echo; echo "no-change SARIF identical to the full scan's: NO"
fi
rm -f "$CACHE".*.sarif
