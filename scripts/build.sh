#!/usr/bin/env bash
# Configures and builds UC Media Console (console, simulators, tests) with a CMake preset:
#   scripts/build.sh                 the default preset into build/ (used by demo.sh and test.sh)
#   scripts/build.sh PRESET [ARGS]   another preset (clang, fuzz, release) into its own folder;
#                                    ARGS go to `cmake --build` (e.g. --target kms-sim)
# Safe to run again (incremental).
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-default}
shift || true
case "$preset" in
  default) dir=build ;;
  *) dir=build-$preset ;;
esac
launcher=()
if command -v ccache >/dev/null; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  # Paths relative to the checkout, so a second clone (CI) reuses what the first one compiled.
  export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
fi
if [ ! -f "$dir/CMakeCache.txt" ]; then
  cmake --preset "$preset" "${launcher[@]}" >/dev/null
fi
cmake --build "$dir" --parallel "$(nproc)" "$@"
