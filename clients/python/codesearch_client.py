"""CodeSearch stubs for Python, generated from protos/ at run time with protoc (docs/clients.md).

Needs grpcio and protobuf (Debian: python3-grpcio, python3-protobuf) and protoc (protobuf-compiler). The message
classes come from `protoc --python_out`; the calls are made through grpcio's generic multi-callables, so the gRPC
code generator plugin is not needed.
"""
import os
import subprocess
import sys
import tempfile

import grpc

PROTOS = os.environ.get("CODESEARCH_PROTOS", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "protos"))
_FILES = [
    "codesearch/v1/codes.proto",
    "codesearch/v1/suggestions.proto",
    "google/type/date.proto",
    "google/rpc/status.proto",
    "google/rpc/error_details.proto",
    # The HTTP/JSON routes of codes.proto (google.api.http options) import these.
    "google/api/annotations.proto",
    "google/api/http.proto",
]


def _generate():
    out = tempfile.mkdtemp(prefix="codesearch-protos-")
    subprocess.run(["protoc", f"-I{PROTOS}", f"--python_out={out}", *_FILES], check=True)
    sys.path.insert(0, out)


_generate()
from codesearch.v1 import codes_pb2, suggestions_pb2  # noqa: E402  (generated just above)
from google.rpc import error_details_pb2, status_pb2  # noqa: E402


class Client:
    """The two services over one plaintext channel, e.g. Client("localhost:5000")."""

    def __init__(self, address, timeout=30.0):
        self.channel = grpc.insecure_channel(address)
        self.timeout = timeout

        def unary(service, method, request_type, response_type):
            return self.channel.unary_unary(f"/codesearch.v1.{service}/{method}",
                                            request_serializer=request_type.SerializeToString,
                                            response_deserializer=response_type.FromString)

        self.get_code = unary("CodeLookup", "GetCode", codes_pb2.GetCodeRequest, codes_pb2.Code)
        self.search_codes = unary("CodeLookup", "SearchCodes", codes_pb2.SearchCodesRequest, codes_pb2.SearchCodesResponse)
        self.search_index = unary("CodeLookup", "SearchIndex", codes_pb2.SearchIndexRequest, codes_pb2.SearchIndexResponse)
        self.suggest_codes = unary("CodingSuggestions", "SuggestCodes", suggestions_pb2.SuggestCodesRequest, suggestions_pb2.SuggestCodesResponse)
        self.stream_suggest_codes = self.channel.stream_stream(
            "/codesearch.v1.CodingSuggestions/StreamSuggestCodes",
            request_serializer=suggestions_pb2.StreamSuggestCodesRequest.SerializeToString,
            response_deserializer=suggestions_pb2.StreamSuggestCodesResponse.FromString)

    def close(self):
        self.channel.close()


def error_details(error):
    """The details of a failed call's google.rpc.Status (grpc-status-details-bin), decoded where the type is known."""
    for key, value in error.trailing_metadata() or ():
        if key == "grpc-status-details-bin":
            details = []
            for any_detail in status_pb2.Status.FromString(value).details:
                if any_detail.Is(error_details_pb2.BadRequest.DESCRIPTOR):
                    bad_request = error_details_pb2.BadRequest()
                    any_detail.Unpack(bad_request)
                    details.append(bad_request)
                else:
                    details.append(any_detail)
            return details
    return []
