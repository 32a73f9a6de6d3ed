#!/usr/bin/env bash
# Benchmarks: run each bench/programs/*.py under python3 and under heapscope (native release
# build) in the same run, best of N runs each, and print seconds and the ratio heapscope/python3.
#
#   bench/run.sh                 all programs, best of 3
#   bench/run.sh alloc calls     only these programs
#   RUNS=5 TIMEOUT=120 bench/run.sh
#   HEAPSCOPE=/path/to/heapscope bench/run.sh   (skip the build, use this binary)
#   HEAPSCOPE_ARGS="--max-steps 1000000000" bench/run.sh   (extra options after `run FILE`)
#
# A heapscope run that exits non-zero, times out, or prints something other than python3's stdout
# is reported as failed (with the reason); the script itself still exits 0 so that a partial
# engine can be measured.
set -uo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-3}
TIMEOUT=${TIMEOUT:-60}
TARGET_DIR=${CARGO_TARGET_DIR:-target}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

if [ -n "${HEAPSCOPE:-}" ]; then
  BIN=$HEAPSCOPE
else
  BIN=$TARGET_DIR/release/heapscope
  echo "==> cargo build --release --bin heapscope (target dir $TARGET_DIR)" >&2
  if ! cargo build --release --bin heapscope >"$TMP/build.log" 2>&1; then
    echo "==> build failed; heapscope columns will read 'failed' (last lines of the log:)" >&2
    tail -n 15 "$TMP/build.log" >&2
    BIN=
  fi
fi

if [ $# -gt 0 ]; then
  PROGS=()
  for p in "$@"; do PROGS+=("bench/programs/${p%.py}.py"); done
else
  PROGS=(bench/programs/*.py)
fi

now() { date +%s%N; }

# time_one OUTFILE CMD... -> prints seconds (best of RUNS) or "failed:<reason>"
time_best() {
  local out=$1; shift
  local best= i start end ns rc
  for ((i = 0; i < RUNS; i++)); do
    start=$(now)
    timeout "$TIMEOUT" "$@" >"$out" 2>"$out.err" </dev/null
    rc=$?
    end=$(now)
    if [ $rc -eq 124 ]; then echo "failed:timeout"; return; fi
    if [ $rc -ne 0 ]; then echo "failed:exit $rc"; return; fi
    ns=$((end - start))
    if [ -z "$best" ] || [ "$ns" -lt "$best" ]; then best=$ns; fi
  done
  awk -v ns="$best" 'BEGIN { printf "%.3f\n", ns / 1e9 }'
}

printf '%-12s %10s %12s %8s  %s\n' program python3_s heapscope_s ratio note
for prog in "${PROGS[@]}"; do
  name=$(basename "$prog" .py)
  if [ ! -f "$prog" ]; then
    printf '%-12s %10s %12s %8s  %s\n' "$name" - - - "no such program"
    continue
  fi
  py=$(time_best "$TMP/py.out" python3 "$prog")
  note=
  if [ -z "$BIN" ]; then
    hs="failed"; note="build failed"
  else
    # shellcheck disable=SC2086
    hs=$(time_best "$TMP/hs.out" "$BIN" run "$prog" ${HEAPSCOPE_ARGS:-})
    case $hs in
      failed:*) note=${hs#failed:}; hs=failed
        err=$(head -c 120 "$TMP/hs.out.err" | tr '\n' ' ')
        [ -n "$err" ] && note="$note: $err" ;;
      *) if ! cmp -s "$TMP/py.out" "$TMP/hs.out"; then note="output differs from python3"; hs="failed"; fi ;;
    esac
  fi
  case $py in failed:*) note="python3 ${py#failed:}"; py=failed ;; esac
  if [ "$py" != failed ] && [ "$hs" != failed ]; then
    ratio=$(awk -v a="$hs" -v b="$py" 'BEGIN { if (b > 0) printf "%.2fx", a / b; else print "-" }')
  else
    ratio=-
  fi
  printf '%-12s %10s %12s %8s  %s\n' "$name" "$py" "$hs" "$ratio" "$note"
done
exit 0
