#!/usr/bin/env bash
# heapscope: build, serve and test the playground.
#
#   ./build.sh              build the release wasm and bundle the page into dist/
#   ./build.sh serve [PORT] build, then serve dist/ on http://127.0.0.1:PORT/ (default 8000)
#   ./build.sh test         lint, cargo tests (unit + CPython corpus), then the browser tests
#   ./build.sh lint         cargo fmt --check, clippy -D warnings (native and wasm32), page checks
#   ./build.sh budget       build, then print the page's size and speed figures

# On a fresh machine it installs what is missing (wasm32 target, the wasm-bindgen CLI matching the
# crate's pin, npm packages from package-lock.json, Debian's chromium when root) and skips what is
# already there.
set -euo pipefail
cd "$(dirname "$0")"

TARGET_DIR=${CARGO_TARGET_DIR:-target}
# The CLI must equal the crate version exactly; Cargo.toml pins it with "=X".
WBG_VERSION=$(sed -n 's/^wasm-bindgen *= *"=\([0-9.]*\)".*/\1/p' Cargo.toml)
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'build.sh: %s\n' "$*" >&2; exit 1; }

ensure_wasm_target() {
  rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown && return
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
}

wbg_ok() { [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $WBG_VERSION" ]; }

ensure_wasm_bindgen() {
  [ -n "$WBG_VERSION" ] || die "Cargo.toml does not pin wasm-bindgen with \"=X\""
  wbg_ok && return
  # Another install of the CLI may be under way on this machine: wait for it rather than race it.
  while pgrep -f "cargo install wasm-bindgen-cli" >/dev/null 2>&1; do
    log "waiting for a wasm-bindgen-cli install already running"
    sleep 10
  done
  wbg_ok && return
  log "installing wasm-bindgen-cli $WBG_VERSION (takes a few minutes)"
  # --locked fails with this registry mirror; the exact version is what matters.
  cargo install wasm-bindgen-cli --version "$WBG_VERSION" --force
  wbg_ok || die "wasm-bindgen $WBG_VERSION is still not on PATH (is ~/.cargo/bin on PATH?)"
}

ensure_npm() {
  local stamp=node_modules/.heapscope-lock want
  want=$(sha256sum package-lock.json | cut -d' ' -f1)
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then return; fi
  log "npm ci"
  npm ci --no-audit --no-fund
  echo "$want" >"$stamp"
}

apt_install() {
  [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null || return 1
  log "installing Debian's $*"
  apt-get -o DPkg::Lock::Timeout=900 update
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 install -y --no-install-recommends "$@"
}

ensure_chromium() {
  [ -x "$CHROMIUM" ] && return
  apt_install chromium || true
  [ -x "$CHROMIUM" ] || die "no chromium at $CHROMIUM (install Debian's chromium, or set CHROMIUM=)"
}

build() {
  ensure_wasm_target
  ensure_wasm_bindgen
  ensure_npm
  log "cargo build (wasm32, profile wasm)"
  cargo build --lib --target wasm32-unknown-unknown --profile wasm
  local tmp
  tmp=$(mktemp -d)

  log "wasm-bindgen"
  # No name section: it only labels stack traces, and is a sixth of the module.
  wasm-bindgen --target web --remove-name-section --remove-producers-section \
    --out-dir "$tmp/pkg" --out-name heapscope \
    "$TARGET_DIR/wasm32-unknown-unknown/wasm/heapscope.wasm"
  log "esbuild -> dist/"
  rm -rf dist
  mkdir -p dist
  npx --no-install esbuild www/main.js www/worker.js --bundle --splitting --format=esm --minify \
    --target=es2022 --outdir=dist --chunk-names=[name]-[hash] --log-level=warning --legal-comments=none \
    --charset=utf8 \
    "--alias:heapscope-wasm=$tmp/pkg/heapscope.js"
  npx --no-install esbuild www/style.css --minify --log-level=warning --outfile=dist/style.css
  cp www/index.html www/icon.svg dist/
  cp "$tmp/pkg/heapscope_bg.wasm" dist/heapscope.wasm
  # Standard-library modules written in Python, and the character names of \N{...} escapes: the
  # wasm build fetches them when a program first needs them.
  (cd src/modules && find . -name '*.py' -exec install -D -m 644 {} ../../dist/stdlib/{} \;)
  install -m 644 src/syntax/unicode_names.txt dist/stdlib/unicode_names.txt
  rm -rf "$tmp"
  log "built dist/ ($(du -sh dist | cut -f1))"
}

serve() {
  local port=${1:-8000}
  build
  log "serving dist/ on http://127.0.0.1:$port/ (Ctrl+C stops)"
  exec python3 -m http.server "$port" --bind 127.0.0.1 --directory dist
}

run_tests() {
  log "lint: cargo fmt --check, clippy -D warnings (native and wasm32), page checks"
  lint
  log "cargo test --release (the corpus runs every program in the checked mode)"
  cargo test --release
  build
  ensure_chromium
  log "browser tests"
  CHROMIUM="$CHROMIUM" node --test --test-concurrency=1 tests/browser/
}

lint() {
  ensure_wasm_target
  cargo fmt --check
  cargo clippy --all-targets -- -D warnings
  cargo clippy --lib --target wasm32-unknown-unknown -- -D warnings
  if grep -rnE 'innerHTML *=|outerHTML *=|insertAdjacentHTML|document\.write' www; then
    die "www/ must put program text in the DOM as text only"
  fi
  log "lint clean"
}

cmd=${1:-build}
[ $# -gt 0 ] && shift
case "$cmd" in
  build) build ;;
  serve) serve "$@" ;;
  test) run_tests ;;
  lint) lint ;;
  budget) build; ensure_chromium; node scripts/budget.mjs "$@" ;;
  size) build; bash scripts/size.sh ;;
  *) die "unknown command '$cmd' (build | serve [PORT] | test | lint | budget | size)" ;;
esac
