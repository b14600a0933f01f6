#!/usr/bin/env bash
# Kills a real `codesearch index` build with SIGKILL while Lucene is writing, then shows that the index directory
# still serves its last good generation and that the next run rebuilds cleanly. Bounded: every step has a timeout.
#
#   tools/sigkill-index-build.sh [SOURCE_DIR] [INDEX_DIR]
#
# SOURCE_DIR defaults to ../shared/codesets (the official mirror; the full build takes a minute or more), INDEX_DIR
# to a fresh temp folder. Build the solution first (dotnet build CodeSearch.sln -c Release).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cli="$repo/src/CodeSearch.Cli/bin/Release/net10.0/codesearch.dll"
sources="${1:-$repo/../shared/codesets}"
index="${2:-$(mktemp -d /tmp/codesearch-sigkill.XXXXXX)}"
[ -f "$cli" ] || { echo "build first: $cli is missing" >&2; exit 2; }
[ -d "$sources" ] || { echo "no source directory $sources" >&2; exit 2; }
run() { timeout 900 dotnet "$cli" index --source-dir "$sources" --index-dir "$index" "$@"; }

echo "1. last good generation: the sample"
timeout 300 dotnet "$cli" index --sample --source-dir "$sources" --index-dir "$index" | tail -1
good="$(cat "$index/CURRENT")"

echo "2. official build, killed with SIGKILL once its IndexWriter holds write.lock"
run > /dev/null 2>&1 &
pid=$!
for _ in $(seq 1 6000); do   # at most 10 minutes
  if compgen -G "$index/.building-*/write.lock" > /dev/null; then break; fi
  kill -0 "$pid" 2> /dev/null || { echo "the build ended before it could be killed" >&2; exit 1; }
  sleep 0.1
done
sleep "${KILL_DELAY:-1}"     # let it write for a while
kill -KILL "$pid"
wait "$pid" 2> /dev/null || true
echo "   killed; left behind: $(ls -d "$index"/.building-* | xargs -n1 basename) ($(find "$index"/.building-* -type f | wc -l) files)"
[ "$(cat "$index/CURRENT")" = "$good" ] && echo "   CURRENT still names the last good generation $good"

echo "3. the next start: the sample's generation is reused, the half-written folder removed"
timeout 300 dotnet "$cli" index --sample --source-dir "$sources" --index-dir "$index" | tail -1
compgen -G "$index/.building-*" > /dev/null && { echo "half-written build still there" >&2; exit 1; }

echo "4. the official build again, to the end"
run | tail -1
echo "   CURRENT: $(cat "$index/CURRENT"); folders: $(ls "$index" | tr '\n' ' ')"
