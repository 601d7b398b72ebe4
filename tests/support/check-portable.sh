#!/usr/bin/env bash
# Fails when product code (app, ui, core, net, models) uses a system interface outside the one
# platform file (models/platform.cpp): POSIX sockets, epoll, raw send/recvmsg, unistd, /proc, or a
# Q_OS_ branch. Administrators run the console on Windows; what is not in Qt lives in one place.
# Usage: check-portable.sh [ROOT]  |  check-portable.sh --self-test
set -euo pipefail

pattern='sys/socket|epoll|recvmsg|::send\(|unistd|<sys/|/proc/|Q_OS_'
allowed='models/platform.cpp|models/platform.h|models/CMakeLists.txt'

scan() {
  local root=$1 hits
  hits=$(cd "$root" && grep -rnE "$pattern" app ui core net models 2>/dev/null | grep -vE "^($allowed):" || true)
  [ -z "$hits" ] && return 0
  printf '%s\n' "$hits"
  return 1
}

if [ "${1:-}" = "--self-test" ]; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  mkdir -p "$tmp/models" "$tmp/net"
  printf '#include <unistd.h>\n' >"$tmp/models/platform.cpp"
  printf '#include <QTcpSocket>\n' >"$tmp/net/clean.cpp"
  scan "$tmp" >/dev/null || { echo "self-test: the platform file itself was reported"; exit 1; }
  for planted in '#include <sys/socket.h>' '::recvmsg(fd, &m, 0);' '#if defined(Q_OS_LINUX)' 'QFile f("/proc/self/stat");'; do
    printf '%s\n' "$planted" >"$tmp/net/planted.cpp"
    if scan "$tmp" >/dev/null; then
      echo "self-test: not found: $planted"
      exit 1
    fi
  done
  echo "self-test: every planted system call was found"
  exit 0
fi

if ! scan "${1:-.}"; then
  echo "System interfaces outside models/platform.cpp: move them there, behind Q_OS_*, with a Windows branch." >&2
  exit 1
fi
echo "Product code uses system interfaces only in models/platform.cpp."
