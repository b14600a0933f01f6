#!/usr/bin/env bash
# Start-up time and resident memory of the published server (docs/benchmarks.md, "Memory and start-up").
#
#   bench/server-memory.sh [--runs N] [--no-publish] [--load "HARNESS OPTIONS"] [--settle SECONDS]
#
# Publishes src/CodeSearch.Server (ReadyToRun, as the Docker image runs it) into artifacts/pub unless --no-publish,
# then N times (default 3): starts `dotnet CodeSearch.Server.dll` on a loopback port with an existing index, times
# until grpc.health.v1.Health/Check answers SERVING (polled with curl over HTTP/2 every 20 ms), waits for the
# start-up to complete (suggestion dictionaries warmed and the heap compacted: the "SERVING index generation" log
# line) and records VmRSS ("idle") and VmHWM (the start-up peak). With the wall-clock time it prints the CPU time
# the server used until SERVING, a figure a busy machine disturbs far less, and how the resident memory splits into
# anonymous, file-backed (the mapped index files apart) and shared (JIT code) pages. With --load, the last run then
# drives the load harness against that server and records VmRSS and VmHWM (the peak, start-up included) afterwards,
# and VmRSS again once the server has been quiet for --settle seconds (default 20: the idle trim, CodeSearch:Memory,
# gives back what the load made the GC commit after 5-10 quiet seconds). Every
# server is stopped with SIGTERM (then SIGKILL after 15 s); each wait is bounded.
#
# Environment: CODESEARCH_INDEX_DIR (default artifacts/load-index), CODESEARCH_SHARED_CODESETS (default
# ../shared/codesets), PORT (default 5091; the HTTP/1.1 door listens on PORT+1, the server log is
# artifacts/bench/server-memory.PORT.server.log, so runs on other ports can go on beside), PUB_DIR (default
# artifacts/pub), SERVING_TIMEOUT (seconds, default 120; a machine busy with other builds needs more). Extra server settings can be given as environment variables (e.g. DOTNET_GCgen0size=0x400000) and
# are passed on.
set -euo pipefail
cd "$(dirname "$0")/.."

INDEX_DIR=${CODESEARCH_INDEX_DIR:-artifacts/load-index}
SOURCE_DIR=${CODESEARCH_SHARED_CODESETS:-../shared/codesets}
PORT=${PORT:-5091}
HTTP_PORT=$((PORT + 1))
PUB_DIR=${PUB_DIR:-artifacts/pub}
SERVING_TIMEOUT=${SERVING_TIMEOUT:-120}
RUNS=3
PUBLISH=1
LOAD=""
SETTLE=20
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS=$2; shift 2 ;;
    --no-publish) PUBLISH=0; shift ;;
    --load) LOAD=$2; shift 2 ;;
    --settle) SETTLE=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[ -f "$INDEX_DIR/CURRENT" ] || { echo "no index in $INDEX_DIR (set CODESEARCH_INDEX_DIR)" >&2; exit 2; }
INDEX_DIR=$(cd "$INDEX_DIR" && pwd)
SOURCE_DIR=$(cd "$SOURCE_DIR" 2>/dev/null && pwd || echo "$SOURCE_DIR")

if [ "$PUBLISH" = 1 ]; then
  dotnet publish src/CodeSearch.Server -c Release -o "$PUB_DIR" -nologo -v quiet
fi
if [ -n "$LOAD" ]; then dotnet build bench/CodeSearch.LoadHarness -c Release -nologo -v quiet; fi
DLL=$(cd "$PUB_DIR" && pwd)/CodeSearch.Server.dll
mkdir -p artifacts/bench
LOG=artifacts/bench/server-memory.$PORT.server.log
PID=""

stop() {
  [ -n "$PID" ] || return 0
  kill -TERM "$PID" 2>/dev/null || true
  for _ in $(seq 150); do kill -0 "$PID" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$PID" 2>/dev/null || true
  wait "$PID" 2>/dev/null || true
  PID=""
}
trap stop EXIT INT TERM

# One framed HealthCheckRequest (empty message); SERVING is field 1 = 1 (bytes 08 01) in the answer.
serving() {
  local answer
  answer=$(curl -s --max-time 1 --http2-prior-knowledge -H 'content-type: application/grpc' -H 'te: trailers' \
    --data-binary @<(printf '\0\0\0\0\0') "http://127.0.0.1:$PORT/grpc.health.v1.Health/Check" 2>/dev/null | od -An -tx1 | tr -d ' \n') || true
  [ "$answer" = "00000000020801" ]
}

mib() { awk -v k="$2:" '$1 == k { printf "%.1f", $2 / 1024 }' "/proc/$1/status"; }

# Where the resident memory is: anonymous (the GC heap, the runtime's native memory, thread stacks), file-backed
# (the runtime, framework and native libraries, and of them the Lucene index files mapped by MMapDirectory: clean
# pages the kernel can drop and read again) and shared (JIT-compiled code, mapped twice under W^X).
breakdown() {
  local index
  index=$(awk -v dir="$INDEX_DIR/" '/^[0-9a-f]+-[0-9a-f]+ / { mine = index($6, dir) == 1 } mine && $1 == "Rss:" { kb += $2 }
    END { printf "%.1f", kb / 1024 }' "/proc/$1/smaps")
  echo "anonymous $(mib "$1" RssAnon), file-backed $(mib "$1" RssFile) (index files $index), JIT shared $(mib "$1" RssShmem) MiB"
}

for run in $(seq "$RUNS"); do
  start=$(date +%s.%N)
  ( cd "$PUB_DIR" && ASPNETCORE_ENVIRONMENT=Production CodeSearch__Data__IndexDirectory="$INDEX_DIR" \
    CodeSearch__Data__SourceDirectory="$SOURCE_DIR" CodeSearch__Data__DownloadMissing=false \
    CodeSearch__Http__Urls="http://127.0.0.1:$HTTP_PORT" exec dotnet "$DLL" --urls "http://127.0.0.1:$PORT" ) > "$LOG" 2>&1 &
  PID=$!
  until serving; do
    kill -0 "$PID" 2>/dev/null || { echo "server exited; see $LOG" >&2; exit 1; }
    awk -v s="$start" -v t="$SERVING_TIMEOUT" 'BEGIN { exit !(systime() - s > t) }' && { echo "no SERVING within $SERVING_TIMEOUT s" >&2; exit 1; }
    sleep 0.02
  done
  secs=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.2f", e - s }')
  # CPU seconds the server used until then (user + system): unlike the wall clock, barely moved by other jobs.
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$PID/stat")
  # "SERVING index generation" is logged once start-up is complete: dictionaries warmed and the heap compacted.
  for _ in $(seq 1200); do grep -q 'SERVING index generation' "$LOG" && break; sleep 0.1; done
  sleep 2
  echo "run $run: SERVING after $secs s ($cpu s of CPU); idle (warmed) RSS $(mib "$PID" VmRSS) MiB, start-up peak $(mib "$PID" VmHWM) MiB"
  echo "  idle: $(breakdown "$PID")"
  if [ "$run" = "$RUNS" ] && [ -n "$LOAD" ]; then
    # shellcheck disable=SC2086
    dotnet bench/CodeSearch.LoadHarness/bin/Release/net10.0/CodeSearch.LoadHarness.dll \
      --address "http://127.0.0.1:$PORT" $LOAD | grep -E 'calls/s|^ *(health|get|search|suggest|stream)' || true
    echo "after load: RSS $(mib "$PID" VmRSS) MiB, peak (VmHWM) $(mib "$PID" VmHWM) MiB"
    echo "  after load: $(breakdown "$PID")"
    sleep "$SETTLE"
    echo "settled ($SETTLE s after the load): RSS $(mib "$PID" VmRSS) MiB; $(breakdown "$PID")"
  fi
  stop
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
