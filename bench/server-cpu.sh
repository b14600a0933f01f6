#!/usr/bin/env bash
# The server's own CPU time per uncached SearchCodes call (docs/benchmarks.md): a figure a machine busy with other
# work disturbs far less than calls per second, where the health Check's own rate swings by a factor of four.
#
#   bench/server-cpu.sh SERVER_DIR [PORT]
#
# Starts `dotnet SERVER_DIR/CodeSearch.Server.dll` on PORT (default 5095; the HTTP/1.1 door on PORT+1) with an existing
# index, waits for the start-up to complete (the "Start-up complete" line), then runs the load harness twice against
# it: the health Check alone (N calls), then the health Check and the cold searches (N calls each, each a distinct
# query seen for the first time). The server's CPU time (utime + stime from /proc/PID/stat) is read around each run:
# the cold searches' CPU per call is the second run's less the first's, divided by N. Build the harness first
# (dotnet build bench/CodeSearch.LoadHarness -c Release). Two builds can be measured side by side on two ports, so that
# both see the same load.
#
# Environment: CODESEARCH_INDEX_DIR (default artifacts/load-index), CODESEARCH_SHARED_CODESETS (default
# ../shared/codesets), N (default 2000), START_TIMEOUT (seconds, default 600).
set -euo pipefail
cd "$(dirname "$0")/.."

SERVER_DIR=$1
PORT=${2:-5095}
N=${N:-2000}
INDEX_DIR=${CODESEARCH_INDEX_DIR:-artifacts/load-index}
SOURCE_DIR=${CODESEARCH_SHARED_CODESETS:-../shared/codesets}
HARNESS=bench/CodeSearch.LoadHarness/bin/Release/net10.0/CodeSearch.LoadHarness.dll
mkdir -p artifacts/bench
LOG=artifacts/bench/server-cpu.$PORT.server.log

ASPNETCORE_ENVIRONMENT=Production CodeSearch__Data__IndexDirectory=$INDEX_DIR CodeSearch__Data__SourceDirectory=$SOURCE_DIR \
CodeSearch__Data__DownloadMissing=false CodeSearch__Http__Urls=http://127.0.0.1:$((PORT + 1)) \
  dotnet "$SERVER_DIR/CodeSearch.Server.dll" --urls http://127.0.0.1:$PORT > "$LOG" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
for _ in $(seq 1 "${START_TIMEOUT:-600}"); do
  grep -q "Start-up complete" "$LOG" && break
  kill -0 $PID 2>/dev/null || { echo "server stopped; see $LOG" >&2; exit 1; }
  sleep 1
done
sleep 2

ticks() { awk '{print $14 + $15}' "/proc/$PID/stat"; }
ARGS=(--address "http://127.0.0.1:$PORT" --requests "$N" --warmup 0 --concurrency 16 --out artifacts/bench)
t0=$(ticks)
dotnet "$HARNESS" "${ARGS[@]}" --scenarios health | grep -E "^health "
t1=$(ticks)
dotnet "$HARNESS" "${ARGS[@]}" --scenarios health,search-cold | grep -E "^(health|search-cold) "
t2=$(ticks)
HZ=$(getconf CLK_TCK)
echo "server CPU: health alone $(( (t1 - t0) * 1000 / HZ )) ms, health and cold searches $(( (t2 - t1) * 1000 / HZ )) ms;" \
  "uncached search $(( ((t2 - t1) - (t1 - t0)) * 1000000 / HZ / N )) µs per call, health $(( (t1 - t0) * 1000000 / HZ / N )) µs per call;" \
  "load average $(cut -d' ' -f1-3 /proc/loadavg)"
