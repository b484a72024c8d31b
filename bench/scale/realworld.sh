#!/usr/bin/env bash
# Scan real projects built from Debian 12 source packages with Sluice.
#
#   bash bench/scale/realworld.sh [--fetch-only | --prepare-only | --scan-only] [PROJECT...]
#   (--fetch-only: apt-get source + build-dep; --prepare-only: and build)
#
# PROJECT: jq tmux redis sqlite3 busybox (default: all, in that order).
# Work dir: $SCALE_WORK (default /tmp/sluice-scale):
#   src/NAME/<srcdir>/             unpacked source (apt-get source NAME)
#   src/NAME/<srcdir>/compile_commands.json   from `bear -- make -j1`
#   logs/NAME-*.log, out/NAME.*    build logs, sluice reports and stats
# Every step is skipped when its result is already there (idempotent).
# Needs root (apt-get). Heavy steps run under nice -n 19 with one job.
# Each sluice run: `timeout 3600`, `/usr/bin/time -v`, `prlimit --as`
# ($SLUICE_AS_GIB, default 10), workers `--max-memory 4096`, and measure.py
# kills sluice when its main process passes $SLUICE_CAP_MIB (default 8192);
# sluice's own --link-memory is $SLUICE_LINK_MIB (default 3/4 of the cap).
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
MAIN=$(cd "$HERE/../.." && pwd)
SLUICE=${SLUICE:-$MAIN/build/sluice}
WORK=${SCALE_WORK:-/tmp/sluice-scale}
CAP_MIB=${SLUICE_CAP_MIB:-8192}
AS_GIB=${SLUICE_AS_GIB:-10}
SCAN_TIMEOUT=${SLUICE_SCAN_TIMEOUT:-3600}
# the whole-program step's memory budget, below the cap, so that a project
# too large for it shows the degraded report rather than the harness's kill
LINK_MIB=${SLUICE_LINK_MIB:-$((CAP_MIB * 3 / 4))}
ALL=(jq tmux redis sqlite3 busybox)
MODE=all
case "${1:-}" in
  --prepare-only) MODE=prepare; shift ;;
  --fetch-only) MODE=fetch; shift ;;
  --scan-only) MODE=scan; shift ;;
  -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
esac
PROJECTS=("$@")
[ ${#PROJECTS[@]} -gt 0 ] || PROJECTS=("${ALL[@]}")
mkdir -p "$WORK/src" "$WORK/logs" "$WORK/out"
log() { echo "realworld: $*" >&2; }

# --- preparation ------------------------------------------------------------
ensure_deb_src() {
  local lists=(/etc/apt/sources.list /etc/apt/sources.list.d/*.list
               /etc/apt/sources.list.d/*.sources)
  if grep -qsE '^[[:space:]]*(deb-src[[:space:]]|Types:.*deb-src)' "${lists[@]}"; then
    return 0
  fi
  local base=/etc/apt/sources.list.d/debian.sources
  local dst=/etc/apt/sources.list.d/sluice-bench-deb-src.sources
  if [ -f "$base" ]; then
    # the same stanzas (same mirror URIs, suites, keys), as deb-src
    sed -E 's/^Types:.*/Types: deb-src/' "$base" > "$dst"
  elif [ -f /etc/apt/sources.list ]; then
    grep -E '^[[:space:]]*deb[[:space:]]' /etc/apt/sources.list |
      sed -E 's/^[[:space:]]*deb[[:space:]]/deb-src /' \
      > /etc/apt/sources.list.d/sluice-bench-deb-src.list
  else
    log "no apt source to derive a deb-src entry from"; return 1
  fi
  log "added deb-src entries ($dst), same mirror as $base"
  rm -f "$WORK/.apt-updated"
}

ensure_apt() {
  ensure_deb_src || return 1
  if [ ! -e "$WORK/.apt-updated" ]; then
    apt-get update -q >"$WORK/logs/apt-update.log" 2>&1 || {
      log "apt-get update failed, see $WORK/logs/apt-update.log"; return 1; }
    touch "$WORK/.apt-updated"
  fi
  local need=()
  command -v bear >/dev/null || need+=(bear)
  command -v dpkg-source >/dev/null || need+=(dpkg-dev)
  [ -x /usr/bin/time ] || need+=(time)
  [ ${#need[@]} -eq 0 ] || apt-get install -y -q "${need[@]}" \
    >>"$WORK/logs/apt-install.log" 2>&1
}

srcdir() {  # the unpacked source tree of $1 (empty if none)
  local d
  for d in "$WORK/src/$1"/*/; do
    [ -f "$d/debian/control" ] && { echo "${d%/}"; return 0; }
  done
  return 0
}

fetch() {
  local p=$1
  mkdir -p "$WORK/src/$p"
  if [ -z "$(srcdir "$p")" ]; then
    log "$p: apt-get source"
    # the newest version first; when the mirror lacks its files (a security
    # update's source may be missing), the version of the release itself
    (cd "$WORK/src/$p" && apt-get source -q "$p") \
      >"$WORK/logs/$p-source.log" 2>&1 ||
    (cd "$WORK/src/$p" && apt-get source -q "$p/bookworm") \
      >>"$WORK/logs/$p-source.log" 2>&1 || {
      log "$p: apt-get source failed, see $WORK/logs/$p-source.log"; return 1; }
  fi
  if [ ! -e "$WORK/src/$p/.build-dep-done" ]; then
    log "$p: apt-get build-dep"
    nice -n 19 apt-get build-dep -y -q "$p" >"$WORK/logs/$p-build-dep.log" 2>&1 || {
      log "$p: build-dep failed, see $WORK/logs/$p-build-dep.log"; return 1; }
    touch "$WORK/src/$p/.build-dep-done"
  fi
}

has_db() {  # compile_commands.json with at least one C unit
  [ -s "$1/compile_commands.json" ] &&
    python3 "$HERE/ccdb.py" units "$1/compile_commands.json" 2>/dev/null | grep -q .
}

build_recipe() {  # run inside the source tree (set -x logs each command)
  local p=$1
  local MK="nice -n 19 bear -- make -j1"
  case $p in
    jq)  # as debian/rules: autoreconf, --disable-static; system oniguruma
      [ -x configure ] || nice -n 19 autoreconf -fi || return 1
      nice -n 19 ./configure --disable-static --disable-docs \
        --disable-maintainer-mode --with-oniguruma=/usr || return 1
      $MK ;;
    tmux)
      [ -x configure ] || nice -n 19 sh autogen.sh || return 1
      nice -n 19 ./configure || return 1
      $MK ;;
    redis)  # debian/rules' flags (system jemalloc and liblzf, systemd, TLS);
            # the bundled lua, hiredis, linenoise, hdr_histogram are built too
      eval "$(DEB_BUILD_MAINT_OPTIONS=hardening=+all \
              DEB_CFLAGS_MAINT_APPEND=-I/usr/include/liblzf \
              DEB_LDFLAGS_MAINT_APPEND='-Wl,-no-as-needed -ldl -latomic -llzf' \
              dpkg-buildflags --export=sh)"
      $MK V=1 BUILD_TLS=yes USE_SYSTEM_JEMALLOC=yes USE_SYSTEMD=yes \
        USE_JEMALLOC=yes ;;
    sqlite3)
      # debian/rules' -D options, but with the amalgamation (debian/rules says
      # --disable-amalgamation): the default target generates the ~250,000-line
      # sqlite3.c and compiles it as one unit. -O0: only the database matters.
      export CFLAGS="-O0 -fno-strict-aliasing -DSQLITE_SECURE_DELETE \
        -DSQLITE_ENABLE_COLUMN_METADATA -DSQLITE_ENABLE_FTS3 \
        -DSQLITE_ENABLE_FTS3_PARENTHESIS -DSQLITE_ENABLE_RTREE=1 \
        -DSQLITE_SOUNDEX=1 -DSQLITE_ENABLE_UNLOCK_NOTIFY \
        -DSQLITE_OMIT_LOOKASIDE=1 -DSQLITE_ENABLE_DBSTAT_VTAB \
        -DSQLITE_ALLOW_ROWID_IN_VIEW -DSQLITE_ENABLE_UPDATE_DELETE_LIMIT=1 \
        -DSQLITE_ENABLE_LOAD_EXTENSION -DSQLITE_ENABLE_JSON1 \
        -DSQLITE_LIKE_DOESNT_MATCH_BLOBS -DSQLITE_THREADSAFE=1 \
        -DSQLITE_ENABLE_FTS3_TOKENIZER=1 -DSQLITE_USE_URI=1 \
        -DSQLITE_MAX_SCHEMA_RETRY=25 -DSQLITE_ENABLE_PREUPDATE_HOOK \
        -DSQLITE_ENABLE_SESSION -DSQLITE_ENABLE_STMTVTAB \
        -DSQLITE_MAX_VARIABLE_NUMBER=250000"
      nice -n 19 ./configure --disable-static --enable-threadsafe \
        --enable-load-extension --enable-json --enable-fts4 --enable-fts5 \
        --disable-tcl || return 1
      $MK
      grep -q '"[^"]*sqlite3\.c"' compile_commands.json ||
        { echo "sqlite3.c is not in compile_commands.json"; return 1; } ;;
    busybox)
      nice -n 19 make defconfig || return 1
      $MK ;;
    *) log "unknown project $p"; return 1 ;;
  esac
}

build() {
  local p=$1 d
  d=$(srcdir "$p")
  [ -n "$d" ] || { log "$p: no source tree"; return 1; }
  if has_db "$d"; then return 0; fi
  log "$p: building under bear in $d (log: $WORK/logs/$p-build.log)"
  local t0=$SECONDS
  (cd "$d" && set -x && build_recipe "$p") >"$WORK/logs/$p-build.log" 2>&1
  local rc=$?
  log "$p: build exit $rc after $((SECONDS - t0)) s"
  if has_db "$d"; then
    [ $rc -eq 0 ] || log "$p: build failed part way, but the database has units"
    return 0
  fi
  log "$p: no compile_commands.json with C units; see $WORK/logs/$p-build.log"
  return 1
}

# --- scanning -----------------------------------------------------------------
commit=$(git -C "$MAIN" rev-parse --short HEAD 2>/dev/null || echo unknown)
# the binary can be rebuilt from uncommitted work: name it too
[ -z "$(git -C "$MAIN" status --porcelain --untracked-files=no 2>/dev/null)" ] || commit="$commit+dirty"
binary="$(sha256sum "$SLUICE" | cut -c1-12), built $(date -u -r "$SLUICE" '+%Y-%m-%d %H:%M:%S UTC')"
HDR='| project | KLOC | units | clang s | sluice s | ratio | link s | main peak MiB | worker peak MiB | findings | not fully analyzed | exit |'
SEP='|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|'
ROWS=()

scan() {
  local p=$1 d db
  d=$(srcdir "$p")
  db="$d/compile_commands.json"
  if [ -z "$d" ] || ! has_db "$d"; then
    ROWS+=("| $p | - | - | - | - | - | - | - | - | - | - | no compile_commands.json (build failed, see $WORK/logs/$p-build.log) |")
    return
  fi
  local units kloc clang_s
  python3 "$HERE/ccdb.py" units "$db" > "$WORK/out/$p.units"
  units=$(wc -l < "$WORK/out/$p.units")
  kloc=$(python3 "$HERE/ccdb.py" kloc "$db")
  log "$p: $units units, $kloc KLOC; clang-19 -fsyntax-only -j2"
  clang_s=$(nice -n 19 python3 "$HERE/ccdb.py" clang "$db" -j 2 \
              2>"$WORK/out/$p.clang.log" | tail -1)
  log "$p: clang $clang_s s; sluice"
  mapfile -t files < "$WORK/out/$p.units"
  rm -f "$WORK/out/$p.measure.json"
  (cd "$d" && python3 "$HERE/measure.py" --cap-mib "$CAP_MIB" \
      --json "$WORK/out/$p.measure.json" --stderr "$WORK/out/$p.stderr" \
      --time-file "$WORK/out/$p.time" -- \
      timeout "$SCAN_TIMEOUT" nice -n 19 prlimit --as=$((AS_GIB * 1024 * 1024 * 1024)) \
      "$SLUICE" scan -p "$d" -j 2 --stats --timeout 600 --max-memory 4096 \
      --link-memory "$LINK_MIB" \
      --format sarif -o "$WORK/out/$p.sarif" "${files[@]}" >/dev/null)
  if [ ! -s "$WORK/out/$p.measure.json" ]; then
    ROWS+=("| $p | $kloc | $units | $clang_s | - | - | - | - | - | - | - | benchmark error: no measure.json (see $WORK/out/$p.stderr) |")
    log "${ROWS[-1]}"; return
  fi
  ROWS+=("$(python3 "$HERE/measure.py" --row "$WORK/out/$p.measure.json" \
            --label "$p" --kloc "$kloc" --units "$units" --clang "$clang_s" \
            --kind realworld)")
  log "${ROWS[-1]}"
  # what bench/realworld/triage.py puts beside the findings
  printf '{"version": "%s", "kloc": "%s", "units": "%s", "clang_s": "%s"}\n' \
    "$(basename "$d")" "$kloc" "$units" "$clang_s" > "$WORK/out/$p.meta.json"
}

if [ "$MODE" != scan ]; then
  ensure_apt || exit 1
  for p in "${PROJECTS[@]}"; do
    fetch "$p" && { [ "$MODE" = fetch ] || build "$p"; }
  done
fi
if [ "$MODE" = all ] || [ "$MODE" = scan ]; then
  for p in "${PROJECTS[@]}"; do scan "$p"; done
  {
    echo
    echo "## realworld.sh, $(date -u '+%Y-%m-%d %H:%M UTC'), sluice $commit (binary $binary)"
    echo
    echo "$HDR"; echo "$SEP"
    printf '%s\n' "${ROWS[@]}"
  } | tee -a "$HERE/results.md"
fi
