#!/usr/bin/env bash
# Builds everything (console, simulators, tests) a second time with clang into build-clang/, with
# the same -Werror warnings as the GCC build: a second compiler finds what the first lets through.
# Run by test.sh when CI is set or UCMC_EXTRA_CHECKS=1; safe to run again (incremental).
set -euo pipefail
cd "$(dirname "$0")/.."
launcher=()
if command -v ccache >/dev/null; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  # Paths relative to the checkout, so a second clone (CI) reuses what the first one compiled.
  export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
fi
if [ ! -f build-clang/CMakeCache.txt ]; then
  cmake --preset clang "${launcher[@]}" >/dev/null
fi
cmake --build build-clang --parallel "$(nproc)" "$@"
