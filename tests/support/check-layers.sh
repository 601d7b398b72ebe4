#!/usr/bin/env bash
# Checks that the product's layers only include downwards (README, "Architecture"):
#   app -> ui -> core -> net -> models
# models includes none of net, core, ui, app; net none of core, ui, app; core none of ui, app and
# no Qt Widgets header (the session runs without a window: probe, serve-metrics); ui none of net
# (it sees the network only through core) and none of app.
# Usage: check-layers.sh [ROOT]  |  check-layers.sh --self-test
set -euo pipefail

# layer|pattern of what it must not include
rules=(
  'models|#include "(net|core|ui|app)/'
  'net|#include "(core|ui|app)/'
  'core|#include "(ui|app)/|#include <(QtWidgets/|QWidget|QDialog|QMessageBox|QApplication|QMainWindow|QSystemTrayIcon)'
  'ui|#include "(net|app)/'
)

scan() {
  local root=$1 status=0 layer pattern hits
  for rule in "${rules[@]}"; do
    layer=${rule%%|*}
    pattern=${rule#*|}
    [ -d "$root/$layer" ] || continue
    hits=$(cd "$root" && find "$layer" -type f \( -name '*.cpp' -o -name '*.h' \) -print0 |
             xargs -0 -r grep -nEH -e "$pattern" -- || true)
    if [ -n "$hits" ]; then
      printf '%s\n' "$hits"
      status=1
    fi
  done
  return $status
}

if [ "${1:-}" = "--self-test" ]; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  mkdir -p "$tmp/models" "$tmp/net" "$tmp/core" "$tmp/ui"
  printf '#include "models/site.h"\n' >"$tmp/net/clean.cpp"
  printf '#include "net/monitor/hostprobe.h"\n#include <QObject>\n' >"$tmp/core/clean.cpp"
  printf '#include "core/sitesession.h"\n' >"$tmp/ui/clean.cpp"
  scan "$tmp" >/dev/null || { echo "self-test: a clean tree was reported"; exit 1; }
  for planted in 'models/x.h|#include "net/monitor/kurentosocket.h"' 'net/x.cpp|#include "core/sitesession.h"' \
                 'core/x.cpp|#include "ui/mainwindow.h"' 'core/y.h|#include <QWidget>' \
                 'ui/x.cpp|#include "net/monitor/hostprobe.h"' 'ui/y.cpp|#include "app/commands.h"'; do
    file=${planted%%|*}
    printf '%s\n' "${planted#*|}" >"$tmp/$file"
    if scan "$tmp" >/dev/null; then
      echo "self-test: not found: $planted"
      exit 1
    fi
    rm "$tmp/$file"
  done
  echo "self-test (layers): every planted include was found"
  exit 0
fi

if ! scan "${1:-.}"; then
  echo "These includes go against the layers (app -> ui -> core -> net -> models)." >&2
  exit 1
fi
echo "Every layer includes only the layers below it."
