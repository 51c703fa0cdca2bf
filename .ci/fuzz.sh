#!/bin/sh
# Builds the libFuzzer targets (tests/fuzz, the `sanitize` preset of CMakePresets.json, in
# build-sanitize: the build .ci/sanitize.sh runs the suite in) and runs each for SECONDS (default
# 60) on a copy of its seed corpus, as many at a time as there are cores; fails on any crash,
# leak, timeout or sanitizer report. Long runs: docs/testing.md.
#   .ci/fuzz.sh [SECONDS] [TARGET...]
set -eu
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--one" ]; then
    # One target (what the loop below runs, in parallel): .ci/fuzz.sh --one TARGET SECONDS WORK
    target="$2" seconds="$3" work="$4"
    case "$target" in
        fuzz_xlsx*) dict=tests/fuzz/dict/xml.dict ;;
        fuzz_endpoint_request | fuzz_package) dict=tests/fuzz/dict/http.dict ;;
        fuzz_spec | fuzz_report | fuzz_dashboard | fuzz_mapping | fuzz_keyimport)
            dict=tests/fuzz/dict/json.dict ;;
        *) dict="" ;;
    esac
    mkdir -p "$work/$target"
    cp tests/fuzz/corpus/"$target"/* "$work/$target"/ 2>/dev/null || true
    # A fixed seed in CI: the same mutations on every run, so a red CI is a finding that can be
    # repeated, not a throw of the dice; long runs (docs/testing.md) vary it.
    if build-sanitize/tests/fuzz/"$target" -max_total_time="$seconds" -timeout=30 \
        -seed="${VELDBOEK_FUZZ_SEED:-1}" -print_final_stats=1 \
        -artifact_prefix="$work/$target-" ${dict:+-dict="$dict"} "$work/$target" \
        >"$work/$target.log" 2>&1; then
        echo ok >"$work/$target.status"
    else
        echo failed >"$work/$target.status"
    fi
    exit 0
fi
seconds="${1:-60}"
[ $# -gt 0 ] && shift
cmake --preset sanitize >/dev/null
cmake --build build-sanitize -j "$(nproc)" --target fuzzers
targets="${*:-$(cd build-sanitize/tests/fuzz && find . -maxdepth 1 -type f -name "fuzz_*" -perm -u+x | sed "s|^./||" | grep -v fuzz_seed_maker | sort)}"

# Qt's own leaks at exit are not ours; everything else is.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:detect_container_overflow=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export QT_QPA_PLATFORM=offscreen
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# shellcheck disable=SC2086
printf '%s\n' $targets | xargs -P "$(nproc)" -I TARGET "$0" --one TARGET "$seconds" "$work"
status=0
for target in $targets; do
    echo "== $target ($seconds s)"
    if [ "$(cat "$work/$target.status" 2>/dev/null)" = ok ]; then
        grep -E "^#[0-9]+.*(DONE|pulse)|stat::number_of_executed_units|cov:" "$work/$target.log" | tail -2
    else
        status=1
        tail -60 "$work/$target.log"
        for artifact in "$work/$target"-*; do
            [ -e "$artifact" ] && cp "$artifact" . && echo "reproducer: ./$(basename "$artifact")"
        done
    fi
done
exit $status
