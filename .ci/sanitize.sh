#!/bin/sh
# Builds everything with clang, AddressSanitizer and UBSan (the `sanitize` preset of
# CMakePresets.json, in build-sanitize; the same build gives the fuzz targets to .ci/fuzz.sh) and
# runs the whole suite under them with a real keyring. The suite's limits on time and memory
# scale for this build in one place, tests/support/Sanitized.h; docs/testing.md.
#   .ci/sanitize.sh [ctest arguments...]
set -eu
cd "$(dirname "$0")/.."
cmake --preset sanitize >/dev/null
cmake --build build-sanitize -j "$(nproc)"
# Leaks: Qt's own at exit are not ours, and a test program is not a long-lived process; the fuzz
# targets (.ci/fuzz.sh) do check for leaks. Container annotations: Qt is not instrumented, and
# annotated and unannotated code together give false reports.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:detect_container_overflow=0:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
exec .ci/ctest-keyring.sh build-sanitize -j "$(nproc)" "$@"
