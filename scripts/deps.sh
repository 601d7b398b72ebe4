#!/usr/bin/env bash
# Installs the Debian 12 packages UC Media Console needs to build, test and run.
# Idempotent: packages already installed are skipped, so a second run touches nothing.
set -euo pipefail

packages=(
  # toolchain
  g++ cmake ninja-build ccache pkg-config
  # the second compiler (scripts/build-clang.sh) and its libFuzzer/ASan/UBSan runtimes (scripts/fuzz.sh)
  clang libclang-rt-dev
  # Qt 6.4 and QtKeychain
  qt6-base-dev qt6-websockets-dev qt6-svg-dev qtkeychain-qt6-dev libgl-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-qpa-plugins
  # headless tests: private D-Bus session, a real Secret Service, X server for screenshots
  dbus gnome-keyring libsecret-1-0 libsecret-tools xvfb xauth x11-utils imagemagick
  fonts-dejavu-core
  # certificates for wss tests and the demo
  openssl
  # WinRM: python3-winrm as the conformance test's client (the NTLM primitives come from Qt, so
  # nothing links libcrypto and libssl-dev is not needed)
  python3-winrm
  haproxy # the reference health checker of tests/bench/bench_monitor
  # packaging (scripts/package-check.sh): validators for the .desktop file and the AppStream
  # metadata, dpkg-shlibdeps for the .deb's Depends
  desktop-file-utils appstream dpkg-dev
  poppler-utils # pdftotext/pdftoppm: the topology export's PDF read back by tests/gui/tst_export
  # promtool and prometheus for tests/monitoring/tst_prometheus: the shipped alerting rules checked
  # and unit-tested, a real Prometheus (started by the test on loopback) scraping serve-metrics
  prometheus
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "deps.sh: installing ${#missing[@]} missing package(s): ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "deps.sh: run as root or install sudo" >&2; exit 1; }
  sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
# Refresh the package lists only when a package is not known yet (a fresh image has none).
if ! apt-cache show "${missing[0]}" >/dev/null 2>&1 || [ -z "$(ls -A /var/lib/apt/lists 2>/dev/null | grep -v lock)" ]; then
  "${sudo_cmd[@]}" apt-get update -q
fi
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
# The prometheus package enables its own service (Prometheus on :9090). Without systemd (a
# container) its postinst starts nothing ("could not determine current runlevel") and succeeds;
# with systemd it starts it. The tests start their own on loopback, so a service that came only
# with this install is stopped and disabled again.
if [[ " ${missing[*]} " == *" prometheus "* ]] && [ -d /run/systemd/system ]; then
  "${sudo_cmd[@]}" systemctl disable --now prometheus.service >/dev/null 2>&1 || true
fi
