#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with Clang and runs each one for SECONDS
# (default 600), one after the other.
#   tools/fuzz.sh [SECONDS]
# Each target runs on a copy of its seed corpus in $build_dir/fuzz/<target>/corpus (kept
# between runs, so the committed corpus stays small); crash, leak and timeout inputs go to
# $build_dir/fuzz/<target>/artifacts/ and the full output to .../log.txt. Replay one with
#   $build_dir/tests/fuzz/<target> FILE
# Needs clang and libclang-rt-14-dev. PML_FUZZ_BUILD_DIR picks the build folder.
set -euo pipefail

cd "$(dirname "$0")/.."
seconds=${1:-600}
build_dir=${PML_FUZZ_BUILD_DIR:-build-fuzz}

# Debug keeps Qt's own checks (e.g. QList index asserts) active; -O1 keeps it fast enough.
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DPML_FUZZ=ON \
    -DPML_BUILD_GUI=OFF -DPML_BUILD_TESTS=OFF \
    -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" >/dev/null
cmake --build "$build_dir" --target fuzzers -j 2

# Whole JSON files may be large; a command line is short.
declare -A max_len=([fuzz_tracker_json]=65536 [fuzz_strategy_json]=65536 [fuzz_cli_args]=4096)
export UBSAN_OPTIONS=print_stacktrace=1

failed=0
for target in fuzz_tracker_json fuzz_strategy_json fuzz_cli_args; do
    work="$build_dir/fuzz/$target"
    mkdir -p "$work/corpus" "$work/artifacts"
    cp "tests/fuzz/corpus/$target"/* "$work/corpus/"
    args=(-max_total_time="$seconds" -max_len="${max_len[$target]}" -timeout=10
          -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$work/artifacts/")
    if [[ -f "tests/fuzz/$target.dict" ]]; then
        args+=(-dict="tests/fuzz/$target.dict")
    fi
    echo "== $target (${seconds} s)"
    if ! "$build_dir/tests/fuzz/$target" "${args[@]}" "$work/corpus" >"$work/log.txt" 2>&1; then
        failed=1
        echo "FAILED: see $work/log.txt and $work/artifacts/"
        grep -E '^(==[0-9]+==ERROR|SUMMARY|invariant broken)' "$work/log.txt" | head -5 || true
    fi
    grep -E '^#[0-9]+[[:space:]]+DONE|stat::number_of_executed_units' "$work/log.txt" || true
done
exit "$failed"
