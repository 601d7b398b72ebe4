#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang, ASan and UBSan into build-fuzz/ and runs
# each for a bounded time; fails on any finding (crash, sanitizer report, broken oracle, leak).
# Usage: scripts/fuzz.sh [SECONDS per target, default 30] [TARGET ...]
# Run by test.sh when CI is set or UCMC_EXTRA_CHECKS=1. A finding is saved as
# build-fuzz/findings/<target>/crash-* (reproduce: build-fuzz/bin/<target> FILE); turn it into a
# regression test in tests/unit (or the folder of the code it found: tests/winrm, ...).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_jsonparser fuzz_configlint fuzz_configeditor fuzz_kurento fuzz_winrm fuzz_ntlm)

scripts/build.sh fuzz --target "${targets[@]}"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_LOGGING_RULES='*.debug=false'
failed=()
for target in "${targets[@]}"; do
  # New inputs go to a scratch corpus in the build folder; the seeds in the repository stay as they are.
  work=build-fuzz/corpus/$target findings=build-fuzz/findings/$target
  mkdir -p "$work" "$findings"
  echo "fuzz.sh: $target for ${seconds} s"
  if ! build-fuzz/bin/"$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
         -max_len=16384 -print_final_stats=1 -artifact_prefix="$findings/" \
         "$work" "tests/fuzz/corpus/$target" >"build-fuzz/$target.log" 2>&1; then
    failed+=("$target")
    tail -n 60 "build-fuzz/$target.log"
    echo "fuzz.sh: FINDING in $target: $(ls "$findings" | head -n 3 | tr '\n' ' ')(see build-fuzz/$target.log)" >&2
  else
    grep -E '^stat::(number_of_executed_units|new_units_added)' "build-fuzz/$target.log" | tr '\n' ' '
    echo
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz.sh: findings in: ${failed[*]}" >&2
  exit 1
fi
echo "fuzz.sh: no findings"
