#!/bin/sh
# Runs a command inside a private D-Bus session with a throw-away, unlocked gnome-keyring, so
# keychain tests use a real Secret Service and never touch the user's own keyring or settings.
# HOME is redirected too: settings, caches and keyrings written by tests vanish afterwards.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ucmc-test-XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
export HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/run" XDG_CONFIG_HOME="$tmp/home/.config"
# Tests that write settings and secrets check this before they touch anything.
export UCMC_TEST_KEYRING="$tmp"
mkdir -p "$HOME" && mkdir -m 700 "$XDG_RUNTIME_DIR"
unset XDG_CURRENT_DESKTOP
dbus-run-session -- sh -c 'printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null && "$@"' sh "$@"
