#!/usr/bin/env bash
# Checks the repository's own files for two kinds of reference that work on our machines and break
# on a user's:
#   self-contained  a build, test or tool file that reads a path above the checkout (a sibling
#                   folder, or a CMake source dir followed by "/.."): a user's clone has nothing
#                   beside it, so everything the tests read lives in tests/data/.
#   portable        product code (app, ui, core, net, models) that uses a system interface outside the
#                   one platform file models/platform.cpp: POSIX sockets, epoll, raw send/recvmsg,
#                   unistd, /proc, or a Q_OS_ branch. Administrators run the console on Windows.
# Usage: check-sources.sh MODE [ROOT]  |  check-sources.sh MODE --self-test
set -euo pipefail

mode=${1:-}
shift || true
# Spelt apart, so that this file does not match its own patterns.
up='..'
team="/work/shar"
case "$mode" in
  self-contained)
    pattern="\\$up/shared|${team}ed|\\\$\\{(PROJECT|CMAKE|CMAKE_CURRENT)_SOURCE_DIR\\}/\\.\\.(/|\"|\\)|\$)|\\\$\\{sourceDir\\}/\\.\\."
    planted=("QStringLiteral(\"$up/shared/samples/x.json\")" "set(D \"\${PROJECT_SOURCE_DIR}/$up/data\")"
             "open(\"${team}ed/kms-transcripts/01-ping.jsonl\")" "\"binaryDir\": \"\${sourceDir}/$up/b\"")
    clean='set(X "${PROJECT_SOURCE_DIR}/tests/data")'
    advice="Move what they need into the repository (tests/data)." ;;
  portable)
    pattern='sys/socket|epoll|recvmsg|::send\(|unistd|<sys/|/proc/|Q_OS_'
    planted=('#include <sys/socket.h>' '::recvmsg(fd, &m, 0);' '#if defined(Q_OS_LINUX)' 'QFile f("/proc/self/stat");')
    clean='#include <QTcpSocket>'
    advice="Move them to models/platform.cpp, behind Q_OS_*, with a Windows branch." ;;
  *)
    echo "usage: $0 self-contained|portable [ROOT|--self-test]" >&2
    exit 2 ;;
esac

# The files a mode looks at, relative to ROOT, one per line.
files() {
  local root=$1
  if [ "$mode" = portable ]; then
    (cd "$root" && find app ui core net models -type f 2>/dev/null | grep -vxE 'models/(platform\.(cpp|h)|CMakeLists\.txt)' || true)
  elif git -C "$root" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    (cd "$root" && git ls-files -- tests scripts app tools ui net models .ci 'CMakeLists.txt' \
       '*/CMakeLists.txt' CMakePresets.json)
  else
    (cd "$root" && find tests scripts app tools ui net models .ci CMakeLists.txt CMakePresets.json \
       -type f 2>/dev/null || true)
  fi
}

# Prints the offending lines; status 1 when there are any. grep's own status is not used: xargs
# may split the list, and a part without a hit would hide the rest.
scan() {
  local root=$1 hits
  hits=$(files "$root" | grep -vxF "tests/support/$(basename "$0")" | tr '\n' '\0' |
           (cd "$root" && xargs -0 -r grep -nEH -e "$pattern" -- || true))
  [ -z "$hits" ] && return 0
  printf '%s\n' "$hits"
  return 1
}

if [ "${1:-}" = "--self-test" ]; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  mkdir -p "$tmp/tests" "$tmp/net" "$tmp/models"
  printf '%s\n' "$clean" >"$tmp/CMakeLists.txt"
  printf '%s\n' "$clean" >"$tmp/net/clean.cpp"
  printf '#include <unistd.h>\n' >"$tmp/models/platform.cpp" # the platform file may
  scan "$tmp" >/dev/null || { echo "self-test: a clean tree was reported"; exit 1; }
  for line in "${planted[@]}"; do
    printf '%s\n' "$line" >"$tmp/tests/planted.cpp"
    printf '%s\n' "$line" >"$tmp/net/planted.cpp"
    if scan "$tmp" >/dev/null; then
      echo "self-test: not found: $line"
      exit 1
    fi
  done
  echo "self-test ($mode): every planted reference was found"
  exit 0
fi

if ! scan "${1:-.}"; then
  echo "$mode: these lines must not be there. $advice" >&2
  exit 1
fi
echo "$mode: nothing found."
