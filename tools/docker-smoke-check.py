#!/usr/bin/env python3
"""Checks a running CodeSearch server answers as the README says (used by tools/docker-smoke.sh).

    python3 tools/docker-smoke-check.py localhost:18080

Health SERVING (waits up to 180 s), no sample data, GetCode E11.9 with its Excludes1 notes, SearchIndex leading to
I11.0, SuggestCodes for a short note. Prints what it saw; exits non-zero on the first check that fails.
"""
import os
import sys
import time

import grpc

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "clients", "python"))
from codesearch_client import Client, codes_pb2, suggestions_pb2  # noqa: E402


def fail(message):
    print(f"FAIL: {message}")
    sys.exit(1)


def health(channel):
    # grpc.health.v1.Health/Check with an empty request; the response's field 1 is the status (1 = SERVING).
    check = channel.unary_unary("/grpc.health.v1.Health/Check", request_serializer=lambda m: m, response_deserializer=lambda b: b)
    return check(b"", timeout=5)


def main():
    address = sys.argv[1] if len(sys.argv) > 1 else "localhost:18080"
    client = Client(address)
    deadline = time.time() + 180
    status = None
    while time.time() < deadline:
        try:
            status = health(client.channel)
            if status == b"\x08\x01":
                break
        except grpc.RpcError as error:
            status = error.code().name
        time.sleep(2)
    if status != b"\x08\x01":
        fail(f"health is {status!r}, not SERVING")
    print("health: SERVING")

    code, call = client.get_code.with_call(codes_pb2.GetCodeRequest(system=codes_pb2.ICD10CM, code="E11.9"), timeout=30)
    headers = dict(call.initial_metadata())
    if headers.get("codesearch-data") == "sample":
        fail("the container serves the sample")
    excludes1 = [n for n in code.notes if n.kind == codes_pb2.NOTE_KIND_EXCLUDES1]
    print(f"GetCode E11.9: {code.description} ({code.release.release_id}); {len(code.notes)} notes, "
          f"{len(code.index_entries)} index entries")
    for note in excludes1:
        print(f"  Excludes1 ({note.source_level} {note.source}): {note.text}")
    if not excludes1:
        fail("GetCode E11.9 has no Excludes1 notes")

    found = client.search_index(codes_pb2.SearchIndexRequest(query="hypertensive heart disease with heart failure"), timeout=30)
    codes = [c.code for m in found.matches for c in m.codes]
    for match in found.matches[:3]:
        print(f"SearchIndex: {match.entry.display_path} -> {', '.join(c.code for c in match.codes)}")
    if "I11.0" not in codes:
        fail(f"SearchIndex did not lead to I11.0 (got {codes[:10]})")

    suggested = client.suggest_codes(suggestions_pb2.SuggestCodesRequest(text="Pt with HTN and T2DM, denies chest pain", include_excluded=True), timeout=60)
    print("SuggestCodes: " + ", ".join(f"{s.code.code} {s.code.description}" for s in suggested.suggestions[:5]))
    print("SuggestCodes excluded: " + ", ".join(f"{e.code.code} ({suggestions_pb2.Assertion.Name(e.assertion)})" for e in suggested.excluded[:3]))
    if not suggested.suggestions:
        fail("SuggestCodes returned nothing")
    client.close()
    print("smoke: all checks passed")


if __name__ == "__main__":
    main()
