#!/usr/bin/env bash
# One command for the whole test suite on a fresh Debian 12 machine: installs what is missing,
# builds, then runs every CTest test headless (offscreen Qt, a private D-Bus session with an
# unlocked throw-away gnome-keyring). Extra arguments go to ctest, e.g. `-L unit` or `-R Parser`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh
export QT_QPA_PLATFORM=offscreen
exec tests/support/with-keyring.sh ctest --test-dir build --output-on-failure --parallel "$(nproc)" "$@"
