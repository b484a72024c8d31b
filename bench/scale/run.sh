#!/usr/bin/env bash
# Scale benchmark on synthetic programs (gen.py).
#
#   bash bench/scale/run.sh [N...]        default: 1000 10000 100000
#
# For each N: generate N functions into $SCALE_WORK/synth-N (default
# /tmp/sluice-scale/synth-N, regenerated each time), time clang-19
# -fsyntax-only over its .c files two at a time (xargs -P2, one file per
# clang), then `sluice scan -j 2 --stats --format sarif` (under timeout,
# /usr/bin/time -v, prlimit --as and measure.py's main-RSS sampling and cap),
# and score the SARIF against EXPECTED.txt. Prints a markdown table and appends
# it to bench/scale/results.md with the date and the commit of the repository.
#
# Environment: SLUICE (binary), SCALE_WORK, SLUICE_TIMEOUT (default 1800 s),
# SLUICE_CAP_MIB (main-process RSS cap, default 8192), SLUICE_AS_GIB
# (address-space limit, default 10).
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
MAIN=$(cd "$HERE/../.." && pwd)
SLUICE=${SLUICE:-$MAIN/build/sluice}
WORK=${SCALE_WORK:-/tmp/sluice-scale}
TIMEOUT=${SLUICE_TIMEOUT:-1800}
CAP_MIB=${SLUICE_CAP_MIB:-8192}
AS_GIB=${SLUICE_AS_GIB:-10}
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 10000 100000)
[ -x /usr/bin/time ] || apt-get install -y -q time >/dev/null
command -v clang-19 >/dev/null || { echo "run.sh: clang-19 missing" >&2; exit 2; }
[ -x "$SLUICE" ] || { echo "run.sh: no $SLUICE" >&2; exit 2; }
mkdir -p "$WORK"
commit=$(git -C "$MAIN" rev-parse --short HEAD 2>/dev/null || echo unknown)
# the binary can be rebuilt from uncommitted work: name it too
[ -z "$(git -C "$MAIN" status --porcelain --untracked-files=no 2>/dev/null)" ] || commit="$commit+dirty"
binary="$(sha256sum "$SLUICE" | cut -c1-12), built $(date -u -r "$SLUICE" '+%Y-%m-%d %H:%M:%S UTC')"
HDR='| N | files | clang s | sluice s | ratio | link s | main peak MiB | worker peak MiB | planted | found | other findings |'
SEP='|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|'
ROWS=()
echo "$HDR"; echo "$SEP"
for n in "${SIZES[@]}"; do
  d="$WORK/synth-$n"
  rm -rf "$d"
  python3 "$HERE/gen.py" --functions "$n" --out "$d" || { ROWS+=("| $n | - | - | - | - | - | - | - | - | gen.py failed | - |"); continue; }
  nfiles=$(ls "$d"/*.c | wc -l)
  planted=$(grep -c . "$d/EXPECTED.txt")
  # clang baseline: same parallelism as sluice -j 2, one unit per process
  t0=$(date +%s.%N)
  (cd "$d" && ls *.c | xargs -P2 -n1 nice -n 19 clang-19 -std=gnu17 -I. -fsyntax-only)
  crc=$?
  clang_s=$(python3 -c "import sys;print('%.1f'%(float(sys.argv[2])-float(sys.argv[1])))" "$t0" "$(date +%s.%N)")
  [ $crc -eq 0 ] || clang_s="$clang_s (clang rc $crc)"
  (cd "$d" && python3 "$HERE/measure.py" --cap-mib "$CAP_MIB" --json "$d/measure.json" \
      --stderr "$d/sluice.stderr" --time-file "$d/time.txt" -- \
      timeout "$TIMEOUT" nice -n 19 prlimit --as=$((AS_GIB * 1024 * 1024 * 1024)) \
      "$SLUICE" scan -j 2 --stats --max-memory 4096 --format sarif -o "$d/out.sarif" \
      $(cd "$d" && ls *.c) 2>/dev/null)
  [ -s "$d/measure.json" ] || { ROWS+=("| $n | $nfiles | $clang_s | - | - | - | - | - | $planted | - (benchmark error, see $d/sluice.stderr) | - |"); echo "${ROWS[-1]}"; continue; }
  score=$(python3 - "$d" <<'EOF'
import json, os, sys
d = sys.argv[1]
exp = set()
for line in open(os.path.join(d, "EXPECTED.txt")):
    loc, rule = line.split()
    f, ln = loc.rsplit(":", 1)
    exp.add((os.path.basename(f), int(ln), rule))
try:
    runs = json.load(open(os.path.join(d, "out.sarif")))["runs"]
except Exception:
    print("- -"); sys.exit()
got = set()
other = 0
for run in runs:
    for r in run.get("results", []):
        loc = r["locations"][0]["physicalLocation"]
        key = (os.path.basename(loc["artifactLocation"]["uri"]),
               loc["region"]["startLine"], r["ruleId"])
        if key in exp:
            got.add(key)
        else:
            other += 1
print(len(got), other)
EOF
)
  found=${score% *}; other=${score#* }
  row=$(python3 "$HERE/measure.py" --row "$d/measure.json" --kind synthetic \
        --label "$n" --files "$nfiles" --clang "$clang_s" --planted "$planted" \
        --found "$found" --other "$other")
  echo "$row"
  ROWS+=("$row")
done
{
  echo
  echo "## run.sh (synthetic), $(date -u '+%Y-%m-%d %H:%M UTC'), sluice $commit (binary $binary)"
  echo
  echo "$HDR"; echo "$SEP"
  printf '%s\n' "${ROWS[@]}"
} >> "$HERE/results.md"
