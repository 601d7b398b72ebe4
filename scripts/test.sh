#!/usr/bin/env bash
# One command for the whole test suite on a fresh Debian 12 machine: installs what is missing,
# builds, then runs every CTest test headless (offscreen Qt, a private D-Bus session with an
# unlocked throw-away gnome-keyring). Extra arguments go to ctest, e.g. `-L unit` or `-R Parser`.
# With CI set or UCMC_EXTRA_CHECKS=1 it also builds with clang, fuzzes and runs the sanitizer build
# (see README, Tests).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh
# Extra checks for CI (CI=true) or on request (UCMC_EXTRA_CHECKS=1): the whole project again with
# clang and -Werror, the libFuzzer targets for a bounded time (UCMC_FUZZ_SECONDS per target,
# default 30), the unit and integration tests under ASan+UBSan (scripts/sanitize.sh), and what
# `cmake --install` and the Debian package contain (scripts/package-check.sh).
if [ -n "${CI:-}" ] || [ "${UCMC_EXTRA_CHECKS:-}" = 1 ]; then
  scripts/build-clang.sh
  scripts/fuzz.sh "${UCMC_FUZZ_SECONDS:-30}"
  scripts/sanitize.sh
  scripts/package-check.sh
fi
export QT_QPA_PLATFORM=offscreen
exec tests/support/with-keyring.sh ctest --test-dir build --output-on-failure --parallel "$(nproc)" "$@"
