#!/usr/bin/env bash
# Builds the Debian package from a built tree, installs it with apt-get as a user would,
# and checks the installed program from its installed paths: both programs run, a tracker
# can be created, and the desktop finds the menu entry, the icon and the MIME type.
#   tools/package-check.sh [BUILD_DIR]      (default: build; run by tools/setup.sh package-check)
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${1:-build}
app_id=io.github.pml_tracker.PmlTracker
sudo_cmd=()
[[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)

rm -f "$build_dir"/pml-tracker_*.deb
(cd "$build_dir" && cpack -G DEB)
debs=("$build_dir"/pml-tracker_*.deb)
deb=$(realpath "${debs[0]}")
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "$deb"

fail() {
    echo "package-check: $*" >&2
    exit 1
}
[[ $(command -v pml-tracker) == /usr/bin/pml-tracker ]] || fail "pml-tracker is not in /usr/bin"
[[ $(command -v pml-tracker-cli) == /usr/bin/pml-tracker-cli ]] || fail "pml-tracker-cli is not in /usr/bin"
/usr/bin/pml-tracker --version
/usr/bin/pml-tracker-cli --version
folder=$(mktemp -d)
trap 'rm -rf "$folder"' EXIT
/usr/bin/pml-tracker-cli init "$folder/seguimiento.pmltracker" --start 2026-01-01
/usr/bin/pml-tracker-cli show "$folder/seguimiento.pmltracker" --as-of 2026-03-31 >/dev/null

desktop=/usr/share/applications/$app_id.desktop
for file in "$desktop" /usr/share/metainfo/$app_id.metainfo.xml \
    /usr/share/mime/packages/pml-tracker.xml \
    /usr/share/icons/hicolor/scalable/apps/$app_id.svg \
    /usr/share/icons/hicolor/48x48/apps/$app_id.png \
    /usr/share/pml-tracker/translations/pml-tracker_es.qm; do
    [[ -f $file ]] || fail "$file is not installed"
done
desktop-file-validate "$desktop"
appstreamcli validate --no-net /usr/share/metainfo/$app_id.metainfo.xml
# shared-mime-info's trigger compiles the MIME type when the desktop has a MIME database.
if command -v update-mime-database >/dev/null; then
    [[ -f /usr/share/mime/application/x-pml-tracker.xml ]] ||
        fail "the MIME type application/x-pml-tracker is not registered"
fi
echo "package-check: $(basename "$deb") installs and runs"
