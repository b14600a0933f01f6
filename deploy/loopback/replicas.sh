#!/usr/bin/env bash
# Three replicas on loopback behind HAProxy and behind client-side round-robin, under a bounded load (at most 60 s,
# then everything it started is stopped): one replica is killed (SIGKILL) and brought back, and all three are
# replaced one by one by replicas serving a new index generation (add the new one, drain the old one, SIGTERM it).
# Prints calls, failures, generations seen per way in, and calls per replica; exits 1 on any failed call.
#
#   deploy/loopback/replicas.sh
#
# Environment: CODESEARCH_INDEX_DIR (first generation, default artifacts/load-index, built when missing),
#              CODESEARCH_SHARED_CODESETS (default ../shared/codesets), REPLICAS_BASE_PORT (default 5400: replicas on
#              BASE+1..BASE+6, HAProxy on BASE+10), REPLICAS_CONCURRENCY (workers per way in, default 4).
# Needs haproxy, socat and curl (Debian: apt-get install haproxy socat curl). Traffic stays on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/../.."

INDEX_GEN1=${CODESEARCH_INDEX_DIR:-artifacts/load-index}
SOURCE_DIR=${CODESEARCH_SHARED_CODESETS:-../shared/codesets}
BASE=${REPLICAS_BASE_PORT:-5400}
CONCURRENCY=${REPLICAS_CONCURRENCY:-4}
RUN=artifacts/replicas/run-$(date -u +%Y%m%d-%H%M%S)
INDEX_GEN2=artifacts/replicas/index-next
for tool in haproxy socat curl; do
  command -v "$tool" >/dev/null || { echo "$tool is required (apt-get install haproxy socat curl)" >&2; exit 1; }
done

dotnet build src/CodeSearch.Server -c Release -nologo -v quiet
dotnet build src/CodeSearch.Cli -c Release -nologo -v quiet
dotnet build bench/CodeSearch.Replicas -c Release -nologo -v quiet
SERVER=$PWD/src/CodeSearch.Server/bin/Release/net10.0/CodeSearch.Server.dll
CLI=$PWD/src/CodeSearch.Cli/bin/Release/net10.0/codesearch.dll
if [ ! -f "$INDEX_GEN1/CURRENT" ]; then
  dotnet "$CLI" index --source-dir "$SOURCE_DIR" --index-dir "$INDEX_GEN1"
fi
# The next generation: the same sources built again, so a new generation id (as a new fiscal year would be).
if [ ! -f "$INDEX_GEN2/CURRENT" ]; then
  dotnet "$CLI" index --source-dir "$SOURCE_DIR" --index-dir "$INDEX_GEN2" > /dev/null
fi
echo "generation 1: $(cat "$INDEX_GEN1/CURRENT")"
echo "generation 2: $(cat "$INDEX_GEN2/CURRENT")"

mkdir -p "$RUN"
RUN=$(cd "$RUN" && pwd)
export REPLICAS_RUN=$RUN REPLICAS_PROXY_PORT=$((BASE + 10))
for i in 1 2 3 4 5 6; do export "REPLICAS_PORT_$i=$((BASE + i))"; done
declare -A PIDS=()
LOAD_PID=
HAPROXY_PID=

cleanup() {
  [ -n "$LOAD_PID" ] && kill "$LOAD_PID" 2>/dev/null || true
  for slot in "${!PIDS[@]}"; do kill "${PIDS[$slot]}" 2>/dev/null || true; done
  [ -n "$HAPROXY_PID" ] && kill "$HAPROXY_PID" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -f "${HEALTH_REQUEST:-}"
}
trap cleanup EXIT

t0=$(date +%s.%N)
at() { awk -v now="$(date +%s.%N)" -v t0="$t0" 'BEGIN { printf "[%5.1fs]", now - t0 }'; }
admin() { echo "$1" | socat - "UNIX-CONNECT:$RUN/haproxy.sock" > /dev/null; }

start_replica() { # slot index-dir
  local slot=$1 port=$((BASE + $1))
  ASPNETCORE_ENVIRONMENT=Production \
  CodeSearch__Data__IndexDirectory=$(cd "$2" && pwd) \
  CodeSearch__Data__SourceDirectory=$SOURCE_DIR \
  CodeSearch__Data__DownloadMissing=false \
  CodeSearch__Data__ReloadIntervalSeconds=0 \
  CodeSearch__PageTokenKey=loopback-replicas-shared-key CodeSearch__Http__Urls= \
    dotnet "$SERVER" --urls "http://127.0.0.1:$port" >> "$RUN/replica-s$slot.log" 2>&1 &
  PIDS[$slot]=$!
}

HEALTH_REQUEST=$(mktemp)
printf '\x00\x00\x00\x00\x00' > "$HEALTH_REQUEST" # an empty HealthCheckRequest in its gRPC frame
wait_serving() { # slot: grpc.health.v1 Check over h2c until the answer is SERVING (field 1 = 1: bytes 08 01)
  local port=$((BASE + $1))
  for _ in $(seq 1 240); do
    if curl -s --http2-prior-knowledge --max-time 2 -H 'content-type: application/grpc' -H 'te: trailers' \
         --data-binary @"$HEALTH_REQUEST" "http://127.0.0.1:$port/grpc.health.v1.Health/Check" | od -An -tx1 | grep -q '08 01'; then
      return 0
    fi
    kill -0 "${PIDS[$1]}" 2>/dev/null || { echo "replica s$1 exited; see $RUN/replica-s$1.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "replica s$1 not SERVING after 120 s" >&2
  exit 1
}

endpoints() { # slots...: the client-side resolver's view (a headless Service's DNS answer)
  : > "$RUN/endpoints.tmp"
  for slot in "$@"; do echo "127.0.0.1:$((BASE + slot))" >> "$RUN/endpoints.tmp"; done
  mv "$RUN/endpoints.tmp" "$RUN/endpoints"
}

echo "starting replicas s1-s3 on generation 1 and, out of rotation, s4-s6 on generation 2 (ports $((BASE + 1))-$((BASE + 6)))"
# The new replicas start before the load: on a busy machine a start takes longer than the load window; what the
# check is about, adding each to the rotation and draining and stopping an old one, happens under the load.
for slot in 1 2 3; do start_replica $slot "$INDEX_GEN1"; done
for slot in 4 5 6; do start_replica $slot "$INDEX_GEN2"; done
for slot in 1 2 3 4 5 6; do wait_serving $slot; done
endpoints 1 2 3 4 5 6
# Warm-up (not counted): the first calls of each replica pay for JIT compilation.
dotnet bench/CodeSearch.Replicas/bin/Release/net10.0/CodeSearch.Replicas.dll --endpoints "$RUN/endpoints" --duration 5 \
  --concurrency "$CONCURRENCY" --deadline 60 > /dev/null 2>&1 || true
endpoints 1 2 3
haproxy -db -f deploy/loopback/haproxy.cfg >> "$RUN/haproxy.log" 2>&1 &
HAPROXY_PID=$!
sleep 1

t0=$(date +%s.%N)
dotnet bench/CodeSearch.Replicas/bin/Release/net10.0/CodeSearch.Replicas.dll --proxy "http://127.0.0.1:$REPLICAS_PROXY_PORT" \
  --endpoints "$RUN/endpoints" --duration 60 --stop-file "$RUN/stop" --concurrency "$CONCURRENCY" --deadline 30 > "$RUN/load.out" 2> "$RUN/load.err" &
LOAD_PID=$!
sleep 5

echo "$(at) kill -9 replica s2"
kill -9 "${PIDS[2]}"
wait "${PIDS[2]}" 2>/dev/null || true
sleep 1
echo "$(at) s2 noticed gone: out of the proxy and the endpoint list; restarting it on generation 1"
admin "set server replicas/s2 state maint"
endpoints 1 3
start_replica 2 "$INDEX_GEN1"

replace() { # old new: add the new replica, drain the old one, stop it
  local old=$1 new=$2 next=() slot
  admin "set server replicas/s$new state ready"
  for slot in "${live[@]}"; do [ "$slot" != "$old" ] && next+=("$slot"); done
  live=("${next[@]}" "$new")
  admin "set server replicas/s$old state drain"
  endpoints "${live[@]}"
  sleep 1.5 # the resolver re-reads every 0.5 s; calls in flight on the old replica finish
  kill -TERM "${PIDS[$old]}"
  wait "${PIDS[$old]}" 2>/dev/null || true
  unset "PIDS[$old]"
  admin "set server replicas/s$old state maint"
  echo "$(at) s$old replaced by s$new"
}

echo "$(at) rolling restart onto generation 2: s1->s4, s3->s6, then s2->s5 once s2 is back"
live=(1 3)
replace 1 4
replace 3 6
wait_serving 2
admin "set server replicas/s2 state ready"
live+=(2)
endpoints "${live[@]}"
echo "$(at) s2 back, SERVING generation 1"
sleep 1
replace 2 5
sleep 3
touch "$RUN/stop"
status=0
wait "$LOAD_PID" || status=$?
LOAD_PID=
echo "$(at) load stopped"

echo
cat "$RUN/load.out"
[ -s "$RUN/load.err" ] && { echo "failed calls:"; head -20 "$RUN/load.err"; }
echo "calls answered per replica (access log lines, both ways in; health checks not logged):"
for slot in 1 2 3 4 5 6; do
  printf '  s%s: %s\n' "$slot" "$(grep -c 'CodeSearch.AccessLog\[3001\]' "$RUN/replica-s$slot.log" 2>/dev/null || echo 0)"
done
echo "proxy: requests sent per server (HAProxy stot):"
echo "show stat" | socat - "UNIX-CONNECT:$RUN/haproxy.sock" | awk -F, '$1=="replicas" && $2 ~ /^s/ { printf "  %s: %s\n", $2, $8 }'
echo "logs: $RUN"
exit "$status"
