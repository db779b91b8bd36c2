# Sourced by the scripts: the tools they need first on PATH.
# node_modules/.bin holds npm binaryen's wasm-opt (version 132), which Trunk must use.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$root/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver || echo /usr/bin/chromedriver)}"
export CHROME_BIN="${CHROME_BIN:-$(command -v chromium || echo /usr/bin/chromium)}"
