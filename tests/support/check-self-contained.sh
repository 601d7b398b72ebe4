#!/usr/bin/env bash
# Fails when a file that builds, tests or runs the project refers to a path above the checkout
# (a sibling folder such as ../shared, or ${PROJECT_SOURCE_DIR}/..). A user's clone has nothing
# beside it, so such a reference works on our machines and breaks on theirs.
# Usage: check-self-contained.sh [ROOT]   (default: the current directory)
#        check-self-contained.sh --self-test   (proves that a planted reference is found)
set -euo pipefail

# Extended regular expressions, one per kind of reference.
patterns=(
  '\.\./shared'                                      # the team's reference folder beside the checkout
  '/work/shared'                                     # the same, absolute
  '\$\{(PROJECT|CMAKE|CMAKE_CURRENT)_SOURCE_DIR\}/\.\.(/|"|\)|$)' # CMake: above the source tree
  '\$\{sourceDir\}/\.\.'                             # CMake presets
)

# Prints the offending lines of ROOT's project files; exit status 1 when there are any.
scan() {
  local root=$1 self
  self=$(basename "$0")
  local files
  if git -C "$root" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    files=$(cd "$root" && git ls-files -- tests scripts app tools ui net models core .ci \
              'CMakeLists.txt' '*/CMakeLists.txt' CMakePresets.json)
  else
    files=$(cd "$root" && find tests scripts app tools ui net models core .ci CMakeLists.txt \
              CMakePresets.json -type f 2>/dev/null || true)
  fi
  local args=() pattern
  for pattern in "${patterns[@]}"; do
    args+=(-e "$pattern")
  done
  # One grep over every file; the script itself names the patterns and is left out. grep's
  # status is not used: xargs may split the list, and a part without a hit would hide the rest.
  local hits
  hits=$(cd "$root" && grep -v -x -- "tests/support/$self" <<<"$files" | tr '\n' '\0' |
           xargs -0 -r grep -nEH "${args[@]}" -- || true)
  [ -z "$hits" ] && return 0
  printf '%s\n' "$hits"
  return 1
}

if [ "${1:-}" = "--self-test" ]; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  mkdir -p "$tmp/tests" "$tmp/app"
  printf 'set(X "${PROJECT_SOURCE_DIR}/tests/data")\n' >"$tmp/CMakeLists.txt"
  printf 'clean\n' >"$tmp/app/main.cpp"
  scan "$tmp" >/dev/null || { echo "self-test: a clean tree was reported"; exit 1; }
  for planted in 'QStringLiteral("../shared/samples/x.json")' 'set(D "${PROJECT_SOURCE_DIR}/../data")' \
                 'open("/work/shared/kms-transcripts/01-ping.jsonl")'; do
    printf '%s\n' "$planted" >"$tmp/tests/planted.cpp"
    if scan "$tmp" >/dev/null; then
      echo "self-test: the planted reference was not found: $planted"
      exit 1
    fi
  done
  echo "self-test: every planted reference was found"
  exit 0
fi

root=${1:-.}
if ! scan "$root"; then
  echo "These lines refer to a path above the checkout; move what they need into the repository (tests/data)." >&2
  exit 1
fi
echo "No file refers to a path above the checkout."
