#!/usr/bin/env bash
# Show the full diff between CPython's recorded output and heapscope's for corpus programs.
#   tests/corpus/diff.sh gc/self_list.py [more programs...]
#   HEAPSCOPE=target/release/heapscope tests/corpus/diff.sh refcount/args_levels.py
# Uses ${HEAPSCOPE:-${CARGO_TARGET_DIR:-target}/debug/heapscope}; build it first (cargo build).
# Normalises heapscope's output as tests/corpus.rs does (repo root stripped, 0x... -> 0xADDR).
set -uo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
BIN=${HEAPSCOPE:-${CARGO_TARGET_DIR:-target}/debug/heapscope}
[ -x "$BIN" ] || { echo "no heapscope binary at $BIN (cargo build, or set HEAPSCOPE)" >&2; exit 2; }
norm() { sed -E -e "s#$ROOT/##g" -e 's/0x[0-9a-f]{4,}/0xADDR/g'; }
rc=0
for p in "$@"; do
  p=${p#tests/corpus/}
  base=tests/corpus/${p%.py}
  tmp=$(mktemp -d)
  PYTHONHASHSEED=0 timeout 20 "$BIN" run "tests/corpus/$p" >"$tmp/out" 2>"$tmp/err" </dev/null
  echo $? >"$tmp/status"
  norm <"$tmp/out" >"$tmp/out.n"
  norm <"$tmp/err" >"$tmp/err.n"
  echo "=== $p"
  same=1
  diff -u --label "expected $p.stdout" --label "heapscope stdout" "$base.stdout" "$tmp/out.n" || same=0
  diff -u --label "expected $p.stderr" --label "heapscope stderr" "$base.stderr" "$tmp/err.n" || same=0
  diff -u --label "expected status" --label "heapscope status" "$base.status" "$tmp/status" || same=0
  [ $same = 1 ] && echo "(identical)" || rc=1
  rm -rf "$tmp"
done
exit $rc
