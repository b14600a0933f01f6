#!/usr/bin/env bash
# Bounded smoke check of a running CodeSearch server through server reflection only, with
# tools/grpc-reflect.py (a grpcurl work-alike; no stubs, no .proto files of ours).
#
#   tools/smoke-reflection.sh HOST:PORT
#
# Waits (at most WAIT_SECONDS, default 60) for grpc.health.v1.Health/Check to say SERVING, then runs
# list, list/describe of codesearch.v1.CodeLookup and codesearch.v1.CodingSuggestions, describe codesearch.v1.Code,
# GetCode, SearchCodes, ListCodeSystems, SuggestCodes, StreamSuggestCodes (one good and one bad note), Health/Check
# and INVALID_ARGUMENT cases, each with a CALL_SECONDS deadline
# (default 10). Prints PASS/FAIL per check; exits 0 when all pass, 1 when any fails, 2 on bad usage.
# Needs /usr/bin/python3 with python3-grpcio and python3-protobuf (override with PYTHON=...).
set -u

if [ $# -ne 1 ] || [ -z "$1" ]; then
  echo "usage: $0 HOST:PORT" >&2
  exit 2
fi
TARGET=$1
PYTHON=${PYTHON:-/usr/bin/python3}
WAIT_SECONDS=${WAIT_SECONDS:-60}
CALL_SECONDS=${CALL_SECONDS:-10}
TOOL="$(cd "$(dirname "$0")" && pwd)/grpc-reflect.py"
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

failures=0
pass() { echo "PASS  $1"; }
fail() { echo "FAIL  $1"; failures=$((failures + 1)); }

# run NAME ARGS...: runs the tool with a deadline; stdout/stderr/exit code land in $OUT/NAME.*
run() {
  local name=$1; shift
  timeout $((CALL_SECONDS + 5)) "$PYTHON" "$TOOL" -plaintext -max-time "$CALL_SECONDS" "$TARGET" "$@" \
    >"$OUT/$name.out" 2>"$OUT/$name.err"
  echo $? >"$OUT/$name.rc"
}
rc() { cat "$OUT/$1.rc"; }

# expect NAME WANT_RC STRING...: exit code and fixed strings (in stdout+stderr) must all match.
expect() {
  local name=$1 want_rc=$2; shift 2
  local got_rc missing=()
  got_rc=$(rc "$name")
  for s in "$@"; do
    grep -qF -- "$s" "$OUT/$name.out" "$OUT/$name.err" || missing+=("$s")
  done
  if [ "$got_rc" = "$want_rc" ] && [ ${#missing[@]} -eq 0 ]; then
    pass "$name"
  else
    fail "$name (exit $got_rc, wanted $want_rc${missing[*]:+; missing: ${missing[*]}})"
    sed 's/^/      | /' "$OUT/$name.out" "$OUT/$name.err" | head -20
  fi
}

# 1. Wait for SERVING (the server answers NOT_SERVING while the index opens or builds).
deadline=$((SECONDS + WAIT_SECONDS))
while :; do
  run health-wait grpc.health.v1.Health/Check
  if [ "$(rc health-wait)" = 0 ] && grep -q '"status": "SERVING"' "$OUT/health-wait.out"; then
    pass "health SERVING within ${WAIT_SECONDS}s"
    break
  fi
  if [ $SECONDS -ge $deadline ]; then
    fail "health SERVING within ${WAIT_SECONDS}s (last answer: $(cat "$OUT/health-wait.out" "$OUT/health-wait.err" | tr -s ' \n' ' ' | cut -c1-300))"
    echo "1 check(s) failed"
    exit 1
  fi
  sleep 1
done

# 2. Reflection: services, methods, descriptors.
run list list
expect list 0 codesearch.v1.CodeLookup codesearch.v1.CodingSuggestions grpc.health.v1.Health grpc.reflection.v1alpha.ServerReflection
if grep -qx grpc.reflection.v1.ServerReflection "$OUT/list.out"; then
  run list-v1 -reflect-version v1 list
  expect list-v1 0 codesearch.v1.CodeLookup
else
  echo "INFO  grpc.reflection.v1 is not served (v1alpha only)"
fi

run list-service list codesearch.v1.CodeLookup
expect list-service 0 codesearch.v1.CodeLookup.GetCode codesearch.v1.CodeLookup.BatchGetCodes \
  codesearch.v1.CodeLookup.SearchCodes codesearch.v1.CodeLookup.ValidateCodes codesearch.v1.CodeLookup.ListCodeSystems

run describe-service describe codesearch.v1.CodeLookup
expect describe-service 0 "codesearch.v1.CodeLookup is a service:" \
  "rpc GetCode ( .codesearch.v1.GetCodeRequest ) returns ( .codesearch.v1.Code );" \
  "rpc ListCodeSystems ( .codesearch.v1.ListCodeSystemsRequest ) returns ( .codesearch.v1.ListCodeSystemsResponse );"

run list-suggestions list codesearch.v1.CodingSuggestions
expect list-suggestions 0 codesearch.v1.CodingSuggestions.SuggestCodes codesearch.v1.CodingSuggestions.StreamSuggestCodes

run describe-message describe codesearch.v1.Code
expect describe-message 0 "codesearch.v1.Code is a message:" "message Code {" "string code_undotted = 3;" \
  "repeated .codesearch.v1.CodeRef parents = 8;" ".codesearch.v1.Validity validity = 11;"

# 3. Calls, with request messages built from the reflected descriptors (google/type/date.proto included).
run get-code -d '{"system":"ICD10CM","code":"E11.9"}' codesearch.v1.CodeLookup/GetCode
expect get-code 0 '"code": "E11.9"' '"codeUndotted": "E119"' '"billable": true' '"releaseId": "FY2026"'

run get-code-dated -d '{"system":"ICD10CM","code":"e119","dateOfService":{"year":2026,"month":1,"day":15}}' \
  codesearch.v1.CodeLookup/GetCode
expect get-code-dated 0 '"code": "E11.9"'

run search -d '{"query":"type 2 diabetes"}' codesearch.v1.CodeLookup/SearchCodes
expect search 0 '"results"' '"code": "E11.9"' '"matchType": "TEXT"'

run list-code-systems codesearch.v1.CodeLookup/ListCodeSystems
expect list-code-systems 0 '"releases"' '"system": "ICD10CM"' '"releaseId"'

# Suggestions (the sample has I10 and E11.9; chest pain is denied, so R07.9 is only among the excluded).
run suggest -d '{"text":"Pt with HTN and T2DM, denies chest pain","include_excluded":true}' \
  codesearch.v1.CodingSuggestions/SuggestCodes
expect suggest 0 '"suggestions"' '"code": "I10"' '"code": "E11.9"' '"excluded"' '"assertion": "ASSERTION_NEGATED"' \
  '"text": "chest pain"'

run suggest-stream -d '{"request_id":"good","request":{"text":"HTN"}} {"request_id":"bad","request":{"text":" "}}' \
  codesearch.v1.CodingSuggestions/StreamSuggestCodes
expect suggest-stream 0 '"requestId": "good"' '"code": "I10"' '"requestId": "bad"' '"field": "request.text"'

run health grpc.health.v1.Health/Check
expect health 0 '"status": "SERVING"'

run health-suggestions -d '{"service":"codesearch.v1.CodingSuggestions"}' grpc.health.v1.Health/Check
expect health-suggestions 0 '"status": "SERVING"'

# 4. Error path: INVALID_ARGUMENT (exit 64+3) with a google.rpc.BadRequest field violation.
run invalid -d '{"system":"ICD10CM","code":"E11..9"}' codesearch.v1.CodeLookup/GetCode
expect invalid 67 "INVALID_ARGUMENT" "type.googleapis.com/google.rpc.BadRequest" '"field": "code"'

run suggest-invalid -d '{"text":"HTN","max_results":500}' codesearch.v1.CodingSuggestions/SuggestCodes
expect suggest-invalid 67 "INVALID_ARGUMENT" "type.googleapis.com/google.rpc.BadRequest" '"field": "max_results"'

if [ $failures -ne 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "all checks passed"
