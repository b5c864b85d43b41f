#!/usr/bin/env bash
# Installs the Debian packages PML Tracker needs (only those missing), builds it, and
# then either starts the application or runs the whole test suite.
#   tools/setup.sh run    build and start the application on its default tracker
#   tools/setup.sh test   build and run every test
#   tools/setup.sh package-check   build the Debian package, install it with apt-get and
#                         run the installed programs (CI runs it after the tests)
set -euo pipefail

cd "$(dirname "$0")/.."
mode=${1:-run}
build_dir=${PML_BUILD_DIR:-build}

packages=(
    g++ cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools libqt6sql6-sqlite libsqlite3-dev sqlite3 nlohmann-json3-dev catch2
    libxlsxwriter-dev zlib1g-dev libqt6opengl6-dev qt6-translations-l10n fonts-dejavu-core
    xvfb xauth poppler-utils qpdf unzip
    dpkg-dev file desktop-file-utils appstream
)

sudo_cmd=()
[[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
if ((${#missing[@]})); then
    echo "Installing missing packages: ${missing[*]}"
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build_dir"

case "$mode" in
run)
    # Without a display (e.g. over SSH) the window opens on a virtual one.
    if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
        exec xvfb-run -a "$build_dir/src/app/pml-tracker" "${@:2}"
    fi
    exec "$build_dir/src/app/pml-tracker" "${@:2}"
    ;;
test)
    ctest --test-dir "$build_dir" --output-on-failure --timeout 600
    ;;
package-check)
    bash tools/package-check.sh "$build_dir"
    ;;
*)
    echo "usage: tools/setup.sh run|test|package-check" >&2
    exit 2
    ;;
esac
