#!/usr/bin/env bash
# Checks what a user gets from `cmake --install` and from the Debian package, for CI
# (scripts/test.sh with CI or UCMC_EXTRA_CHECKS=1) or by hand after scripts/build.sh:
#   1. installs the default build (build/) into a temporary prefix: exactly the console, its icon,
#      the .desktop file, the AppStream metadata and the Prometheus rules and Grafana dashboard,
#      nothing else (no simulators, no tests);
#   2. desktop-file-validate and appstreamcli validate --no-net on the installed files;
#   3. runs the installed console (not the build tree's): --version prints the project's version,
#      and `--lang de check` speaks German (the translation is embedded in the binary);
#   4. cpack -G DEB into a temporary folder; dpkg-deb --info has the package name, version and
#      Depends on Qt 6 and QtKeychain, dpkg-deb --contents lists the same six files under /usr.
# Every step has a time limit; the temporary folders are removed on exit. Fails on the first
# mismatch with what was expected and what was found.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=$root/build
started=$SECONDS

fail() {
  echo "package-check: FAILED: $*" >&2
  exit 1
}
step() { echo "package-check: $*"; }

for tool in cmake cpack desktop-file-validate appstreamcli dpkg-deb dpkg-shlibdeps timeout; do
  command -v "$tool" >/dev/null || fail "$tool is missing (scripts/deps.sh installs it)"
done

# The console must be current; the rest of the build is not needed for packaging.
timeout 1800 scripts/build.sh default --target uc-media-console >/dev/null || fail "building the console"
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:[A-Z]*=//p' "$build/CMakeCache.txt")
[ -n "$version" ] || fail "no CMAKE_PROJECT_VERSION in $build/CMakeCache.txt"
appstream_id=de.ucmediaconsole.UcMediaConsole

tmp=$(mktemp -d "${TMPDIR:-/tmp}/ucmc-package-check.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/prefix

expected_files="bin/uc-media-console
share/applications/uc-media-console.desktop
share/icons/hicolor/scalable/apps/uc-media-console.svg
share/metainfo/$appstream_id.metainfo.xml
share/uc-media-console/monitoring/ucmc-alerts.yml
share/uc-media-console/monitoring/ucmc-grafana-dashboard.json"

# 1. cmake --install
step "cmake --install into a temporary prefix"
timeout 120 cmake --install "$build" --prefix "$prefix" >"$tmp/install.log" 2>&1 ||
  { cat "$tmp/install.log" >&2; fail "cmake --install"; }
installed=$(cd "$prefix" && find . -type f -o -type l | sed 's|^\./||' | sort)
[ "$installed" = "$expected_files" ] ||
  fail "installed files differ from the expected ones:$(printf '\n--- expected\n%s\n--- installed\n%s' "$expected_files" "$installed")"

# 2. the desktop's own validators
step "desktop-file-validate, appstreamcli validate --no-net"
timeout 60 desktop-file-validate "$prefix/share/applications/uc-media-console.desktop" ||
  fail "desktop-file-validate"
timeout 60 appstreamcli validate --no-net "$prefix/share/metainfo/$appstream_id.metainfo.xml" ||
  fail "appstreamcli validate"
grep -q "<release version=\"$version\"" "$prefix/share/metainfo/$appstream_id.metainfo.xml" ||
  fail "the metainfo's release is not $version"
# The variant a publisher builds (UCMC_SCREENSHOT_BASE_URL): the screenshots, valid for AppStream
# (--no-net: the reserved .invalid domain is never fetched), each image one of docs/screenshots.
timeout 60 cmake -D METAINFO_IN="$root/resources/$appstream_id.metainfo.xml" -D METAINFO_OUT="$tmp/screenshots.metainfo.xml" \
  -D PROJECT_VERSION="$version" -D UCMC_RELEASE_DATE=2026-01-01 \
  -D UCMC_SCREENSHOT_BASE_URL=https://ucmediaconsole.invalid/screenshots/ -P "$root/resources/metainfo.cmake" ||
  fail "resources/metainfo.cmake with screenshots"
timeout 60 appstreamcli validate --no-net "$tmp/screenshots.metainfo.xml" || fail "appstreamcli validate (with screenshots)"
images=$(sed -n 's|.*<image>https://ucmediaconsole.invalid/screenshots/\(.*\)</image>.*|\1|p' "$tmp/screenshots.metainfo.xml")
[ "$(wc -l <<<"$images")" -ge 3 ] || fail "fewer than three screenshots in the metainfo: $images"
for image in $images; do
  [ -f "$root/docs/screenshots/$image" ] || fail "the metainfo lists $image, which docs/screenshots does not have"
done
if cmake -D METAINFO_IN="$root/resources/$appstream_id.metainfo.xml" -D METAINFO_OUT="$tmp/bad.xml" \
  -D UCMC_SCREENSHOT_BASE_URL=http://example.invalid -P "$root/resources/metainfo.cmake" >/dev/null 2>&1; then
  fail "an http (not https) screenshot URL was accepted"
fi

# 3. the installed console, run from an empty folder with a clean environment
step "the installed console: --version and German"
run_installed() {
  (cd "$tmp" && env -i HOME="$tmp" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
     timeout 30 "$prefix/bin/uc-media-console" "$@" 2>&1)
}
out=$(run_installed --version) || fail "uc-media-console --version exited with $?: $out"
[ "$out" = "uc-media-console $version" ] || fail "--version printed \"$out\", expected \"uc-media-console $version\""
# A file that is not there: the message in English and German (exit 3, "unknown" for CI).
english=$(run_installed --lang en check "$tmp/nonexistent.json") && fail "check of a missing file succeeded"
german=$(run_installed --lang de check "$tmp/nonexistent.json") && fail "check of a missing file succeeded"
[[ $english == *"does not exist"* ]] || fail "English message unexpected: $english"
[[ $german == *"ist nicht vorhanden"* ]] || fail "no German with --lang de: $german"

# 4. the Debian package
step "cpack -G DEB"
deb_dir=$tmp/deb
timeout 600 cpack -G DEB --config "$build/CPackConfig.cmake" -B "$deb_dir" >"$tmp/cpack.log" 2>&1 ||
  { cat "$tmp/cpack.log" >&2; fail "cpack -G DEB"; }
shopt -s nullglob
debs=("$deb_dir"/*.deb)
[ ${#debs[@]} -eq 1 ] || fail "expected one .deb in $deb_dir, found ${#debs[@]}"
deb=${debs[0]}
info=$(dpkg-deb --info "$deb")
field() { printf '%s\n' "$info" | sed -n "s/^ $1: //p"; }
[ "$(field Package)" = uc-media-console ] || fail "Package is \"$(field Package)\""
[ "$(field Version)" = "$version" ] || fail "Version is \"$(field Version)\", expected $version"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] || fail "Architecture is \"$(field Architecture)\""
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
depends=$(field Depends)
# The libraries the console links (dpkg-shlibdeps); libqt6svg6 also brings the SVG icon engine.
for dependency in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6keychain1 libqt6svg6; do
  [[ $depends == *"$dependency"* ]] || fail "Depends lacks $dependency: $depends"
  [[ $(grep -o "$dependency\b" <<<"$depends" | wc -l) == 1 ]] || fail "Depends lists $dependency more than once: $depends"
done
contents=$(dpkg-deb --contents "$deb" | awk '{print $NF}' | grep -v '/$' | sed 's|^\./usr/||' | sort)
[ "$contents" = "$expected_files" ] ||
  fail "the package's files differ from the expected ones:$(printf '\n--- expected\n%s\n--- packaged\n%s' "$expected_files" "$contents")"

step "passed in $((SECONDS - started)) s: $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB), Depends: $depends"
