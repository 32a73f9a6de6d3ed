#!/bin/sh
# Rewrite tests/corpus/known_failures.txt from heapscope's current results on the corpus.
# Usage: tests/update_known_failures.sh [FILTER]   (FILTER: substring(s) of tests/corpus/ paths,
# comma-separated; entries outside the filter are kept as they are). Extra cargo args via CARGO_ARGS.
set -e
cd "$(dirname "$0")/.."
if [ -n "$1" ]; then HEAPSCOPE_CORPUS_FILTER="$1"; export HEAPSCOPE_CORPUS_FILTER; fi
HEAPSCOPE_UPDATE_KNOWN_FAILURES=1 cargo test $CARGO_ARGS --test corpus -- --nocapture
git --no-pager diff --stat -- tests/corpus/known_failures.txt || true
