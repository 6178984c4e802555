#!/bin/bash
# Builds Postel and runs every test (unit, scripted peers, the sandbox, and real aiosmtpd
# and Exim servers that ctest starts on free loopback ports). Installs what is missing.
#   scripts/run-tests.sh            # the default preset
#   scripts/run-tests.sh asan       # AddressSanitizer + UBSan build of the same suite
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-default}
scripts/deps.sh
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
ctest --preset "$preset" --output-on-failure
