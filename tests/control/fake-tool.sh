#!/bin/sh
# A stand-in for sc.exe, ssh and friends in the command-template tests. It appends its program name
# and its arguments, one per line, to $FAKE_LOG (so the test sees exactly the argument list, proving
# that no shell split or interpreted anything), then behaves as $FAKE_MODE says.
if [ -n "$FAKE_LOG" ]; then
  { echo "--- $(basename "$0")"; for a in "$@"; do printf '%s\n' "$a"; done; } >> "$FAKE_LOG"
fi
case "$FAKE_MODE" in
  fail)
    echo "[SC] OpenService FAILED 5:"
    echo "The specified service does not exist as an installed service." >&2
    exit "${FAKE_EXIT:-5}" ;;
  sleep)
    exec sleep 30 ;;
  result)
    echo "some other output first"
    printf 'UCMC-RESULT %s\n' "$FAKE_RESULT" ;;
  unreachable)
    echo "ssh: connect to host winserver1 port 22: Connection refused" >&2
    exit 255 ;;
  denied)
    echo "Administrator@winserver1: Permission denied (publickey,password)." >&2
    exit 255 ;;
esac
exit 0
