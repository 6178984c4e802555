#!/bin/bash
# Builds Postel and starts the GUI, which starts its built-in sandbox server on first run.
# Installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
cmake --preset default >/dev/null
cmake --build --preset default --target postel postel-sandbox-cli postel-cli
exec build/default/app/postel "$@"
