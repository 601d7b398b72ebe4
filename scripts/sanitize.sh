#!/usr/bin/env bash
# Builds the unit and integration tests of tests/unit, tests/integration, tests/control and
# tests/winrm with clang, AddressSanitizer and UndefinedBehaviorSanitizer (preset asan, into
# build-asan/) and runs them with ctest; any sanitizer report (memory error, leak, undefined
# behaviour) stops the test with a failure. Extra arguments go to ctest, e.g. `-R tst_ntlm`.
# Run by test.sh when CI is set or UCMC_EXTRA_CHECKS=1; safe to run again (incremental).
# Not here: the keychain tests (their D-Bus and gnome-keyring processes are not ours to
# instrument), the GUI tests and the simulator/CLI suites (their own labels, heavier builds), and
# winrm_no_libcrypto (it needs the whole console; the plain build checks it).
set -euo pipefail
cd "$(dirname "$0")/.."
dirs=(tests/unit tests/integration tests/control tests/winrm)
exclude='^(tst_.*_sources.*|tst_layers.*|winrm_no_libcrypto)$'

# Configure (or regenerate after a CMakeLists change) with the library every test needs, then
# build exactly the executables of the tests that run.
scripts/build.sh asan --target ucmc_models
tests=()
for dir in "${dirs[@]}"; do
  while read -r name; do tests+=("$name"); done < <(
    ctest --test-dir "build-asan/$dir" -N -LE keychain -E "$exclude" | sed -n 's/^ *Test *#[0-9]*: *//p')
done
[ ${#tests[@]} -gt 0 ] || { echo "sanitize.sh: no tests found" >&2; exit 1; }
scripts/build.sh asan --target "${tests[@]}"

# Halt on the first report with its stack; leaks are reported at exit (none needs a suppression
# today: Qt's own allocations kept until exit are still reachable, which LeakSanitizer ignores).
export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:abort_on_error=1:detect_leaks=1:strict_string_checks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
export QT_QPA_PLATFORM=offscreen
regex="^($(IFS='|'; echo "${tests[*]}"))\$"
exec ctest --test-dir build-asan --output-on-failure --parallel "$(nproc)" -R "$regex" "$@"
