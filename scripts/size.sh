#!/usr/bin/env bash
# The page's weight, from dist/: every file the page loads when it opens (raw, gzip -9, and
# brotli -11 for hosts that serve it) and their total, which the budget counts (target < 300 KB
# gzipped); then what the engine fetches only when a program needs it (standard-library module
# sources on first import, the \N{...} character names on first use), which it does not count.
# Run ./build.sh first (or ./build.sh size, which builds and then runs this).
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-dist}
[ -f "$dir/index.html" ] || { echo "size.sh: $dir/ is not built (run ./build.sh)" >&2; exit 1; }

# Prints "raw gzip brotli" for the files named on stdin (one path a line), concatenated.
measure() {
  node -e '
    const fs = require("fs"), zlib = require("zlib");
    const files = fs.readFileSync(0, "utf8").split("\n").filter(Boolean);
    const data = Buffer.concat(files.map((f) => fs.readFileSync(f)));
    const br = zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } });
    process.stdout.write(`${data.length} ${require("child_process").execSync("gzip -9c", { input: data }).length} ${br.length}\n`);
  '
}
kb() { echo $((($1 + 1023) / 1024)); }
row() { printf '  %-30s %9d B %9d B %9d B\n' "$@"; }

echo "Loaded when the page opens:            raw        gzip      brotli"
total=0 raw_total=0 br_total=0
while IFS= read -r file; do
  read -r raw gz br < <(echo "$file" | measure)
  row "${file#"$dir"/}" "$raw" "$gz" "$br"
  total=$((total + gz)) raw_total=$((raw_total + raw)) br_total=$((br_total + br))
done < <(find "$dir" -type f -not -path "$dir/stdlib/*" | sort)
row total "$raw_total" "$total" "$br_total"
verdict=$([ "$total" -lt $((300 * 1024)) ] && echo ok || echo OVER)
echo "  = $(kb "$total") KB gzipped (target < 300 KB: $verdict); $(kb "$br_total") KB with brotli"

[ -d "$dir/stdlib" ] || exit 0
echo "Fetched only when a program needs it (not counted above):"
read -r raw gz br < <(find "$dir/stdlib" -type f -name '*.py' | sort | measure)
row "stdlib/*.py ($(find "$dir/stdlib" -type f -name '*.py' | wc -l) modules, all)" "$raw" "$gz" "$br"
for file in "$dir"/stdlib/*.txt; do
  [ -f "$file" ] || continue
  read -r raw gz br < <(echo "$file" | measure)
  row "${file#"$dir"/}" "$raw" "$gz" "$br"
done
