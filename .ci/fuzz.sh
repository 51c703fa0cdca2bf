#!/bin/sh
# Builds the libFuzzer targets (tests/fuzz, -DVELDBOEK_FUZZ=ON with clang, in build-fuzz) and runs
# each for SECONDS (default 60) on a copy of its seed corpus; fails on any crash, leak, timeout or
# sanitizer report. Long runs: docs/testing.md.
#   .ci/fuzz.sh [SECONDS] [TARGET...]
set -eu
cd "$(dirname "$0")/.."
seconds="${1:-60}"
[ $# -gt 0 ] && shift
build="${VELDBOEK_FUZZ_BUILD:-build-fuzz}"
cmake -S . -B "$build" -G "Unix Makefiles" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DVELDBOEK_FUZZ=ON >/dev/null
cmake --build "$build" -j "${VELDBOEK_FUZZ_JOBS:-2}" --target fuzzers fuzz_seed_maker
targets="${*:-$(cd "$build/tests/fuzz" && find . -maxdepth 1 -type f -name "fuzz_*" -perm -u+x | sed "s|^./||" | grep -v fuzz_seed_maker | sort)}"

dict_for() {
    case "$1" in
        fuzz_xlsx*) echo tests/fuzz/dict/xml.dict ;;
        fuzz_endpoint_request | fuzz_package) echo tests/fuzz/dict/http.dict ;;
        fuzz_spec | fuzz_report | fuzz_dashboard | fuzz_mapping | fuzz_keyimport)
            echo tests/fuzz/dict/json.dict ;;
        *) echo "" ;;
    esac
}

# Qt's own leaks at exit are not ours; everything else is.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:detect_container_overflow=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export QT_QPA_PLATFORM=offscreen
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
status=0
for target in $targets; do
    corpus="$work/$target"
    mkdir -p "$corpus"
    cp tests/fuzz/corpus/"$target"/* "$corpus"/ 2>/dev/null || true
    dict="$(dict_for "$target")"
    log="$work/$target.log"
    echo "== $target ($seconds s)"
    # A fixed seed in CI: the same mutations on every run, so a red CI is a finding that can be
    # repeated, not a throw of the dice; long runs (docs/testing.md) vary it.
    if "$build/tests/fuzz/$target" -max_total_time="$seconds" -timeout=30 \
        -seed="${VELDBOEK_FUZZ_SEED:-1}" \
        -print_final_stats=1 -artifact_prefix="$work/$target-" \
        ${dict:+-dict="$dict"} "$corpus" >"$log" 2>&1; then
        grep -E "^#[0-9]+.*(DONE|pulse)|stat::number_of_executed_units|cov:" "$log" | tail -2
    else
        status=1
        tail -60 "$log"
        for artifact in "$work/$target"-*; do
            [ -e "$artifact" ] && cp "$artifact" . && echo "reproducer: ./$(basename "$artifact")"
        done
    fi
done
exit $status
