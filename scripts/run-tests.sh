#!/bin/bash
# Builds Postel and runs every test (unit, scripted peers, the sandbox, and real aiosmtpd
# and Exim servers that ctest starts on free loopback ports). Installs what is missing.
#   scripts/run-tests.sh            # the default preset, then the fuzz targets' smoke run
#   scripts/run-tests.sh asan       # AddressSanitizer + UBSan build of the same suite
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-default}
scripts/deps.sh
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
ctest --preset "$preset" --output-on-failure
# The fuzz targets' smoke run (issue 15): clang with libFuzzer, ASan and UBSan, a few seconds
# of fuzzing each from the seed corpora. Only the parsers' libraries are built again.
if [ "$preset" = default ]; then
    cmake --preset fuzz >/dev/null
    cmake --build --preset fuzz
    ctest --preset fuzz --output-on-failure
fi
