#!/usr/bin/env bash
# Prints the gzipped size of every file in dist/ (what a static host serves) and the total.
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
done < <(find "$dir" -type f | sort)
printf '%-28s %9d B  %8d B gzipped (%d KB; target < 300 KB)\n' total "$raw_total" "$total" $(((total + 1023) / 1024))
