#!/usr/bin/env bash
# One command for the demo on a fresh Debian 12 machine: installs what is missing, builds, and
# starts the console on simulated media servers. Without a display it renders the dashboard to
# demo.png once live status has settled and says where the file is.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh
console=build/bin/uc-media-console
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  out="$PWD/demo.png"
  QT_QPA_PLATFORM=offscreen "$console" --demo --screenshot "$out" "$@"
  echo "No display found: the demo dashboard was rendered to $out"
else
  exec "$console" --demo "$@"
fi
