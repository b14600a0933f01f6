#!/usr/bin/env bash
# Load test of codesearch.v1.CodeLookup/GetCode with h2load (Debian package nghttp2-client) over
# plaintext HTTP/2 (prior knowledge).
#
#   tools/h2load-getcode.sh HOST:PORT [REQUESTS] [CLIENTS]      (defaults: 10000 requests, 10 clients)
#
# The request body is one gRPC-framed GetCodeRequest{system: ICD10CM, code: CODE} (CODE defaults to
# E11.9; set CODE=... to change it), built by hand: 1 byte compression flag 0, 4-byte big-endian length,
# then the protobuf bytes (field 1 varint system=1, field 2 length-delimited code).
# Runs h2load with -m 10 concurrent streams per client (override with STREAMS=...).
#
# h2load counts HTTP status only: a gRPC error still comes back as HTTP 200 with grpc-status in the
# trailers, so "succeeded" does not mean the RPCs succeeded. This script therefore first sends the same
# body once and checks the grpc-status of the answer, when nghttp (same package) is installed.
set -eu

if [ $# -lt 1 ] || [ $# -gt 3 ]; then
  echo "usage: $0 HOST:PORT [REQUESTS] [CLIENTS]" >&2
  exit 2
fi
TARGET=$1
REQUESTS=${2:-10000}
CLIENTS=${3:-10}
STREAMS=${STREAMS:-10}
CODE=${CODE:-E11.9}
URL="http://$TARGET/codesearch.v1.CodeLookup/GetCode"

command -v h2load >/dev/null || { echo "h2load not found (apt-get install nghttp2-client)" >&2; exit 2; }

BODY=$(mktemp)
trap 'rm -f "$BODY"' EXIT

# GetCodeRequest: 0x08 0x01 (system = ICD10CM), 0x12 len code (code); codes are short ASCII (< 128 bytes).
code_len=${#CODE}
if [ "$code_len" -ge 128 ]; then echo "CODE too long" >&2; exit 2; fi
msg_len=$((2 + 2 + code_len))
{
  printf '\x00'
  printf "\\x$(printf %02x $(((msg_len >> 24) & 255)))\\x$(printf %02x $(((msg_len >> 16) & 255)))"
  printf "\\x$(printf %02x $(((msg_len >> 8) & 255)))\\x$(printf %02x $((msg_len & 255)))"
  printf '\x08\x01\x12'
  printf "\\x$(printf %02x "$code_len")"
  printf '%s' "$CODE"
} >"$BODY"

echo "request body ($(wc -c <"$BODY") bytes): $(od -An -tx1 "$BODY" | tr -s ' \n' ' ')"

if command -v nghttp >/dev/null; then
  # One request first, so a gRPC-level failure is not hidden behind h2load's HTTP-level counts.
  probe=$(nghttp -n -v -d "$BODY" -H 'content-type: application/grpc' -H 'te: trailers' "$URL" 2>&1 || true)
  status=$(printf '%s\n' "$probe" | sed -n 's/.*recv (stream_id=[0-9]*) grpc-status: \([0-9]*\).*/\1/p' | tail -1)
  if [ "$status" != "0" ]; then
    echo "probe request failed: grpc-status '${status:-none}'" >&2
    printf '%s\n' "$probe" | grep -E 'grpc-status|grpc-message|:status' >&2 || printf '%s\n' "$probe" | tail -5 >&2
    exit 1
  fi
  echo "probe request: grpc-status 0"
fi

h2load -n "$REQUESTS" -c "$CLIENTS" -m "$STREAMS" -d "$BODY" \
  -H 'content-type: application/grpc' -H 'te: trailers' "$URL"
