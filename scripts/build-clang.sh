#!/usr/bin/env bash
# Builds everything (console, simulators, tests) a second time with clang into build-clang/, with
# the same -Werror warnings as the GCC build: a second compiler finds what the first lets through.
# Run by test.sh when CI is set or UCMC_EXTRA_CHECKS=1; safe to run again (incremental).
set -euo pipefail
exec "$(dirname "$0")/build.sh" clang "$@"
