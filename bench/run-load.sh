#!/usr/bin/env bash
# The load harness in one command (docs/benchmarks.md): builds the server and the harness in Release, builds an index
# from the official files when none exists, starts the server on a loopback port, waits for SERVING, runs every RPC
# (health Check first, as the ceiling), writes artifacts/bench/load-<time>.json/.png, stops the server and exits.
#
#   bench/run-load.sh [harness options...]        e.g. --duration 20 --concurrency 32 --mix get=4,search-hot=3 --rate 50%
#
# Environment: CODESEARCH_INDEX_DIR (default artifacts/load-index),
#              CODESEARCH_SHARED_CODESETS (default ../shared/codesets), PORT (default 5090).
set -euo pipefail
cd "$(dirname "$0")/.."

INDEX_DIR=${CODESEARCH_INDEX_DIR:-artifacts/load-index}
SOURCE_DIR=${CODESEARCH_SHARED_CODESETS:-../shared/codesets}
PORT=${PORT:-5090}

dotnet build src/CodeSearch.Server -c Release -nologo -v quiet
dotnet build bench/CodeSearch.LoadHarness -c Release -nologo -v quiet

if [ ! -f "$INDEX_DIR/CURRENT" ]; then
  echo "no index in $INDEX_DIR: building one from $SOURCE_DIR"
  dotnet run --project src/CodeSearch.Cli -c Release -- index --source-dir "$SOURCE_DIR" --index-dir "$INDEX_DIR"
fi

exec dotnet bench/CodeSearch.LoadHarness/bin/Release/net10.0/CodeSearch.LoadHarness.dll --start-server --port "$PORT" \
  --index-dir "$INDEX_DIR" --source-dir "$SOURCE_DIR" "$@"
