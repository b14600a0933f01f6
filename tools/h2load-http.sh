#!/usr/bin/env bash
# Throughput of the HTTP doors with h2load (Debian package nghttp2-client): FHIR $lookup and $expand (filter
# "heart attack", count 5) against the cheapest request the same server answers (an unrouted path: 404 through the
# whole middleware pipeline), over HTTP/1.1 (the HTTP address, 8 connections) and HTTP/2 (the gRPC address, prior
# knowledge, 8 connections x 10 streams); then gRPC SearchCodes for the same query, for the uncached comparison.
#
#   tools/h2load-http.sh GRPC_HOST:PORT HTTP_HOST:PORT [REQUESTS]      (default 4000 requests per line)
#
# Run it twice against a server with the response cache on (the first run warms the JIT and the cache) and once
# against a server started with --CodeSearch:Cache:Enabled=false for the uncached figures (docs/benchmarks.md).
set -eu
command -v h2load >/dev/null || { echo "h2load not found (apt-get install nghttp2-client)" >&2; exit 2; }
G=http://$1; H=http://$2; N=${3:-4000}
BODY=$(mktemp)
trap 'rm -f "$BODY"' EXIT
# SearchCodesRequest{query: "heart attack", systems: [ICD10CM], page_size: 5}, gRPC-framed.
printf '\x00\x00\x00\x00\x13\x0a\x0cheart attack\x12\x01\x01\x20\x05' > "$BODY"
LK='/fhir/CodeSystem/$lookup?system=http://hl7.org/fhir/sid/icd-10-cm&code=E11.9'
EX='/fhir/ValueSet/$expand?url=http://hl7.org/fhir/sid/icd-10-cm?fhir_vs&filter=heart%20attack&count=5'
for proto in h1 h2; do
 if [ $proto = h1 ]; then base=$H; flag="--h1"; else base=$G; flag="-m 10"; fi
 for path in "/nothing-here" "$LK" "$EX"; do
   r=$(h2load $flag -n $N -c 8 -t 1 "$base$path" 2>&1 | grep -E "^finished in|^status codes|^time for request")
   echo "$proto $path :: $(echo $r | tr '\n' ' ')"
 done
done
r=$(h2load -m 10 -n $N -c 8 -t 1 -d "$BODY" -H 'content-type: application/grpc' -H 'te: trailers' "$G/codesearch.v1.CodeLookup/SearchCodes" 2>&1 | grep -E "^finished in|^status codes|^time for request")
echo "h2 grpc SearchCodes heart attack x5 :: $(echo $r | tr '\n' ' ')"
