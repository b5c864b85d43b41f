#!/bin/bash
# Start-up to first paint: pml-tracker on its default tracker (the real strategy) beside a
# bare Qt Widgets window (QMainWindow + QTreeView), each run N times under one X server.
# Prints, for each, the median and range of the process's wall time and of the time from
# main() to the first paint.
#   tools/bench-startup.sh BUILD_DIR BAREQT_BINARY [N] [TRACKER]
set -euo pipefail
build=$1
bare=$2
runs=${3:-15}
tracker=${4:-}
app="$build/src/app/pml-tracker"
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config"

measure() { # name command...
    local name=$1
    shift
    local walls=() mains=()
    for _ in $(seq "$runs"); do
        local start end line
        start=$(date +%s%N)
        line=$("$@" 2>&1 | grep -m1 "first paint" || true)
        end=$(date +%s%N)
        walls+=($(((end - start) / 1000000)))
        mains+=("$(echo "$line" | grep -o 'after [0-9]*' | grep -o '[0-9]*')")
    done
    printf '%s\n' "${walls[@]}" | sort -n | awk -v n="$name" '{a[NR]=$1} END {
        printf "%-14s process wall: median %d ms (min %d, max %d)\n", n, a[int((NR+1)/2)], a[1], a[NR]}'
    printf '%s\n' "${mains[@]}" | sort -n | awk '{a[NR]=$1} END {
        printf "%-14s main() to first paint: median %d ms (min %d, max %d)\n", "", a[int((NR+1)/2)], a[1], a[NR]}'
}

export PML_EXIT_AFTER_FIRST_PAINT=1 BAREQT_VERBOSE=1
# The first run creates the default tracker; it is not measured.
"$app" ${tracker:+"$tracker"} >/dev/null 2>&1 || true
measure bare-qt "$bare"
measure pml-tracker "$app" ${tracker:+"$tracker"}
