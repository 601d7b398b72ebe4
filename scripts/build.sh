#!/usr/bin/env bash
# Configures and builds UC Media Console (console, simulator, tests) into build/.
# Used by demo.sh and test.sh; safe to run again (incremental).
set -euo pipefail
cd "$(dirname "$0")/.."
launcher=()
if command -v ccache >/dev/null; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  # Paths relative to the checkout, so a second clone (CI) reuses what the first one compiled.
  export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
fi
if [ ! -f build/CMakeCache.txt ]; then
  cmake --preset default "${launcher[@]}" >/dev/null
fi
cmake --build build --parallel "$(nproc)"
