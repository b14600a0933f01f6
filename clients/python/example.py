#!/usr/bin/env python3
"""CodeSearch from Python (grpcio): a unary call, paging, error details and the bidirectional stream.

    python3 clients/python/example.py --address localhost:5000
"""
import argparse

import grpc

from codesearch_client import Client, codes_pb2, error_details, suggestions_pb2


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--address", default="localhost:5000")
    client = Client(parser.parse_args().address)

    # Unary call, with the response headers (codesearch-data: sample while the sample is served).
    code, call = client.get_code.with_call(codes_pb2.GetCodeRequest(system=codes_pb2.ICD10CM, code="E11.9"), timeout=client.timeout)
    data = dict(call.initial_metadata()).get("codesearch-data")
    excludes1 = [n for n in code.notes if n.kind == codes_pb2.NOTE_KIND_EXCLUDES1]
    print(f"unary: {code.code} {code.description} (release {code.release.release_id}{', data: ' + data if data else ''}); "
          f"{len(code.notes)} notes, {len(excludes1)} Excludes1")

    # Paging: follow next_page_token until it is empty (three pages at most here).
    token = ""
    for page in range(1, 4):
        response = client.search_codes(codes_pb2.SearchCodesRequest(query="diabetes", page_size=3, page_token=token), timeout=client.timeout)
        print(f"paging: page {page}: {', '.join(r.code.code for r in response.results)}")
        token = response.next_page_token
        if not token:
            break

    # Error details: INVALID_ARGUMENT carries a google.rpc.BadRequest naming the field.
    try:
        client.search_codes(codes_pb2.SearchCodesRequest(query="diabetes", page_size=-1), timeout=client.timeout)
    except grpc.RpcError as error:
        for detail in error_details(error):
            for violation in getattr(detail, "field_violations", []):
                print(f"error: {error.code().name} BadRequest field={violation.field}: {violation.description}")

    # Bidirectional stream: requests carry an id of the client's choosing; each answer echoes it.
    notes = {"note-1": "Type 2 diabetes mellitus without complications.", "note-2": "Essential hypertension. Denies chest pain."}
    requests = (suggestions_pb2.StreamSuggestCodesRequest(request_id=rid, request=suggestions_pb2.SuggestCodesRequest(text=text))
                for rid, text in notes.items())
    for answer in client.stream_suggest_codes(requests, timeout=60):
        if answer.WhichOneof("outcome") == "error":
            print(f"stream: {answer.request_id}: error {answer.error.code} {answer.error.message}")
        else:
            print(f"stream: {answer.request_id}: {', '.join(s.code.code for s in answer.response.suggestions[:5])}")
    client.close()
    print("done")


if __name__ == "__main__":
    main()
