#!/usr/bin/env bash
# Real-world false-positive benchmark: the Debian source packages of the
# scale benchmark, built and scanned by the same script
# (bench/scale/realworld.sh), then every warning and error checked against
# its triage line (bench/realworld/triage/NAME.tsv) and the table written
# into bench/RESULTS.md.
#
#   bash bench/realworld/run.sh [PROJECT...]      (default: all five)
#   SCAN_ONLY=1 bash bench/realworld/run.sh jq    (reuse the prepared trees)
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
MAIN=$(cd "$HERE/../.." && pwd)
if [ -n "${SCAN_ONLY:-}" ]; then
  bash "$MAIN/bench/scale/realworld.sh" --scan-only "$@"
else
  bash "$MAIN/bench/scale/realworld.sh" "$@"
fi
python3 "$HERE/triage.py" --results "$MAIN/bench/RESULTS.md" "$@"
