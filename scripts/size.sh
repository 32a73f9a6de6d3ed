#!/usr/bin/env bash
# Prints the gzipped size of every file the page loads from dist/ and the total, then the
# standard-library sources the engine fetches only when a program imports them.
# Run ./build.sh first (or ./build.sh size, which builds and then runs this).
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-dist}
[ -f "$dir/index.html" ] || { echo "size.sh: $dir/ is not built (run ./build.sh)" >&2; exit 1; }
total=0
raw_total=0
while IFS= read -r file; do
  raw=$(stat -c %s "$file")
  gz=$(gzip -9c "$file" | wc -c)
  total=$((total + gz))
  raw_total=$((raw_total + raw))
  printf '%-28s %9d B  %8d B gzipped\n' "${file#"$dir"/}" "$raw" "$gz"
done < <(find "$dir" -type f -not -path "$dir/stdlib/*" | sort)
printf '%-28s %9d B  %8d B gzipped (%d KB; target < 300 KB)\n' total "$raw_total" "$total" $(((total + 1023) / 1024))
# Standard-library module sources are fetched only when a program imports them.
stdlib_gz=$(find "$dir/stdlib" -type f -name '*.py' -exec cat {} + 2>/dev/null | gzip -9 | wc -c)
printf '%-28s %9s    %8d B gzipped, all of them (fetched on first import, not counted above)\n' stdlib/ '' "$stdlib_gz"

