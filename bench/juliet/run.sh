#!/usr/bin/env bash
# Juliet benchmark: bash bench/juliet/run.sh [bench.py options] [CWE...]
# (default CWE78 CWE23 CWE506 CWE511). Runs bench/juliet/bench.py, which writes
# bench/juliet/last-run.json, then rewrites the juliet section of
# bench/RESULTS.md from it. Example: bash bench/juliet/run.sh --limit 10 CWE78
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
py=/usr/bin/python3
[ -x "$py" ] || py=python3

opts=()
cwes=()
while [ $# -gt 0 ]; do
  case "$1" in
    --limit|--variants|--parallel|--juliet|--sluice|--clang|--chunk|--cases-json)
      [ $# -ge 2 ] || { echo "run.sh: $1 needs a value" >&2; exit 2; }
      opts+=("$1" "$2"); shift 2 ;;
    -*) opts+=("$1"); shift ;;
    *) cwes+=("$1"); shift ;;
  esac
done
[ ${#cwes[@]} -gt 0 ] || cwes=(CWE78 CWE23 CWE506 CWE511)

args=()
for c in "${cwes[@]}"; do args+=(--cwe "$c"); done

cmd="bash bench/juliet/run.sh"
[ ${#opts[@]} -eq 0 ] || cmd+=" ${opts[*]}"
cmd+=" ${cwes[*]}"

cd "$repo"
"$py" "$here/bench.py" "${opts[@]}" "${args[@]}" \
  --json "$here/last-run.json" --command "$cmd"
"$py" "$here/bench.py" --render "$here/last-run.json" --results "$repo/bench/RESULTS.md"
echo "run.sh: wrote bench/juliet/last-run.json and the juliet section of bench/RESULTS.md" >&2
