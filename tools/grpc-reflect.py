#!/usr/bin/python3
"""grpc-reflect.py: a minimal grpcurl work-alike driven ONLY by gRPC server reflection.

It has no generated stubs and reads no .proto files of the service: the reflection protocol's own
messages (grpc.reflection.v1alpha / v1) and google.rpc.Status / BadRequest are built here from
hand-written FileDescriptorProtos; everything about the served API comes from the server.

Needs the Debian packages python3-grpcio and python3-protobuf (run with /usr/bin/python3).

Usage (same shape as grpcurl):
  grpc-reflect.py [flags] HOST:PORT list [SERVICE]
  grpc-reflect.py [flags] HOST:PORT describe [SYMBOL]
  grpc-reflect.py [flags] [-d JSON|@] HOST:PORT SERVICE/METHOD   (or SERVICE.METHOD)

Flags:
  -plaintext            use h2c (no TLS); without it the channel uses TLS with the system roots
  -d DATA               request JSON; '@' reads it from stdin; several concatenated objects for
                        client-streaming methods; default '{}'
  -H 'name: value'      extra request metadata (repeatable)
  -max-time SECONDS     deadline for the whole operation
  -emit-defaults        print fields that have default values
  -proto-names          print proto field names (code_undotted) instead of JSON names (codeUndotted)
  -v                    print response headers and trailers too
  -reflect-version V    v1alpha | v1 | auto (default auto: v1alpha first, then v1)

Exit status: 0 on success; 64 + gRPC status code when the RPC fails (like grpcurl); 1 for other
errors (bad arguments, unknown symbol, unreachable server); 2 for usage errors.
"""

import base64
import json
import queue
import signal
import sys

import grpc
from google.protobuf import any_pb2, descriptor_pb2, descriptor_pool, duration_pb2, json_format, message_factory

FDP = descriptor_pb2.FieldDescriptorProto
T_STRING, T_INT32, T_BYTES, T_MSG = FDP.TYPE_STRING, FDP.TYPE_INT32, FDP.TYPE_BYTES, FDP.TYPE_MESSAGE
OPT, REP = FDP.LABEL_OPTIONAL, FDP.LABEL_REPEATED


_FACTORIES = {}


def _message_class(pool, full_name):
    desc = pool.FindMessageTypeByName(full_name)
    getter = getattr(message_factory, "GetMessageClass", None)  # protobuf >= 4.22
    if getter is not None:
        return getter(desc)
    factory = _FACTORIES.setdefault(id(pool), (pool, message_factory.MessageFactory(pool)))[1]
    return factory.GetPrototype(desc)


# --------------------------------------------------------------------------------------------
# Hand-built descriptors (tiny DSL)
# --------------------------------------------------------------------------------------------

def _field(name, number, ftype, label=OPT, type_name=None, oneof=None, json_name=None):
    f = FDP(name=name, number=number, type=ftype, label=label)
    if type_name:
        f.type_name = type_name
    if oneof is not None:
        f.oneof_index = oneof
    parts = name.split("_")
    f.json_name = json_name or parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:])
    return f


def _message(name, fields, oneofs=(), nested=(), map_entry=False):
    m = descriptor_pb2.DescriptorProto(name=name)
    m.field.extend(fields)
    for o in oneofs:
        m.oneof_decl.add(name=o)
    m.nested_type.extend(nested)
    if map_entry:
        m.options.map_entry = True
    return m


def _reflection_file(package):
    """grpc/reflection/<v>/reflection.proto (Apache-2.0, grpc/grpc-proto), as a FileDescriptorProto."""
    p = "." + package + "."
    f = descriptor_pb2.FileDescriptorProto(
        name="grpc/reflection/%s/reflection.proto" % package.split(".")[-1], package=package, syntax="proto3")
    f.message_type.extend([
        _message("ServerReflectionRequest", [
            _field("host", 1, T_STRING),
            _field("file_by_filename", 3, T_STRING, oneof=0),
            _field("file_containing_symbol", 4, T_STRING, oneof=0),
            _field("file_containing_extension", 5, T_MSG, type_name=p + "ExtensionRequest", oneof=0),
            _field("all_extension_numbers_of_type", 6, T_STRING, oneof=0),
            _field("list_services", 7, T_STRING, oneof=0),
        ], oneofs=["message_request"]),
        _message("ExtensionRequest", [
            _field("containing_type", 1, T_STRING),
            _field("extension_number", 2, T_INT32),
        ]),
        _message("ServerReflectionResponse", [
            _field("valid_host", 1, T_STRING),
            _field("original_request", 2, T_MSG, type_name=p + "ServerReflectionRequest"),
            _field("file_descriptor_response", 4, T_MSG, type_name=p + "FileDescriptorResponse", oneof=0),
            _field("all_extension_numbers_response", 5, T_MSG, type_name=p + "ExtensionNumberResponse", oneof=0),
            _field("list_services_response", 6, T_MSG, type_name=p + "ListServiceResponse", oneof=0),
            _field("error_response", 7, T_MSG, type_name=p + "ErrorResponse", oneof=0),
        ], oneofs=["message_response"]),
        _message("FileDescriptorResponse", [_field("file_descriptor_proto", 1, T_BYTES, REP)]),
        _message("ExtensionNumberResponse", [
            _field("base_type_name", 1, T_STRING),
            _field("extension_number", 2, T_INT32, REP),
        ]),
        _message("ListServiceResponse", [_field("service", 1, T_MSG, REP, p + "ServiceResponse")]),
        _message("ServiceResponse", [_field("name", 1, T_STRING)]),
        _message("ErrorResponse", [_field("error_code", 1, T_INT32), _field("error_message", 2, T_STRING)]),
    ])
    svc = f.service.add(name="ServerReflection")
    svc.method.add(name="ServerReflectionInfo", input_type=p + "ServerReflectionRequest",
                   output_type=p + "ServerReflectionResponse", client_streaming=True, server_streaming=True)
    return f


def _google_rpc_files():
    """google/rpc/status.proto and (most of) google/rpc/error_details.proto, by hand."""
    status = descriptor_pb2.FileDescriptorProto(
        name="google/rpc/status.proto", package="google.rpc", syntax="proto3",
        dependency=["google/protobuf/any.proto"])
    status.message_type.append(_message("Status", [
        _field("code", 1, T_INT32),
        _field("message", 2, T_STRING),
        _field("details", 3, T_MSG, REP, ".google.protobuf.Any"),
    ]))
    details = descriptor_pb2.FileDescriptorProto(
        name="google/rpc/error_details.proto", package="google.rpc", syntax="proto3",
        dependency=["google/protobuf/duration.proto"])
    r = ".google.rpc."
    details.message_type.extend([
        _message("ErrorInfo", [
            _field("reason", 1, T_STRING), _field("domain", 2, T_STRING),
            _field("metadata", 3, T_MSG, REP, r + "ErrorInfo.MetadataEntry"),
        ], nested=[_message("MetadataEntry", [_field("key", 1, T_STRING), _field("value", 2, T_STRING)],
                            map_entry=True)]),
        _message("RetryInfo", [_field("retry_delay", 1, T_MSG, type_name=".google.protobuf.Duration")]),
        _message("DebugInfo", [_field("stack_entries", 1, T_STRING, REP), _field("detail", 2, T_STRING)]),
        _message("QuotaFailure", [_field("violations", 1, T_MSG, REP, r + "QuotaFailure.Violation")],
                 nested=[_message("Violation", [_field("subject", 1, T_STRING), _field("description", 2, T_STRING)])]),
        _message("PreconditionFailure", [_field("violations", 1, T_MSG, REP, r + "PreconditionFailure.Violation")],
                 nested=[_message("Violation", [_field("type", 1, T_STRING), _field("subject", 2, T_STRING),
                                                _field("description", 3, T_STRING)])]),
        _message("BadRequest", [_field("field_violations", 1, T_MSG, REP, r + "BadRequest.FieldViolation")],
                 nested=[_message("FieldViolation", [
                     _field("field", 1, T_STRING), _field("description", 2, T_STRING),
                     _field("reason", 3, T_STRING),
                     _field("localized_message", 4, T_MSG, type_name=r + "LocalizedMessage")])]),
        _message("RequestInfo", [_field("request_id", 1, T_STRING), _field("serving_data", 2, T_STRING)]),
        _message("ResourceInfo", [_field("resource_type", 1, T_STRING), _field("resource_name", 2, T_STRING),
                                  _field("owner", 3, T_STRING), _field("description", 4, T_STRING)]),
        _message("Help", [_field("links", 1, T_MSG, REP, r + "Help.Link")],
                 nested=[_message("Link", [_field("description", 1, T_STRING), _field("url", 2, T_STRING)])]),
        _message("LocalizedMessage", [_field("locale", 1, T_STRING), _field("message", 2, T_STRING)]),
    ])
    return [status, details]


class _LocalTypes:
    """Pool with the reflection protocol and google.rpc error types (never mixed with the server's files)."""

    def __init__(self):
        self.pool = descriptor_pool.DescriptorPool()
        for wkt in (any_pb2, duration_pb2):
            fdp = descriptor_pb2.FileDescriptorProto()
            wkt.DESCRIPTOR.CopyToProto(fdp)
            self.pool.Add(fdp)
        for fdp in [_reflection_file("grpc.reflection.v1alpha"), _reflection_file("grpc.reflection.v1")]:
            self.pool.Add(fdp)
        for fdp in _google_rpc_files():
            self.pool.Add(fdp)

    def cls(self, name):
        return _message_class(self.pool, name)


LOCAL = _LocalTypes()


# --------------------------------------------------------------------------------------------
# Reflection client
# --------------------------------------------------------------------------------------------

class ReflectionError(Exception):
    pass


class ReflectionClient:
    """One bidirectional ServerReflectionInfo stream; requests are answered in order."""

    def __init__(self, channel, metadata, timeout, version="auto"):
        self.channel, self.metadata, self.timeout = channel, metadata, timeout
        self.versions = {"auto": ["v1alpha", "v1"], "v1alpha": ["v1alpha"], "v1": ["v1"]}[version]
        self.version = None
        self._queue = None
        self._responses = None
        self.files = {}  # name -> FileDescriptorProto (everything the server sent)

    def _open(self, version):
        pkg = "grpc.reflection." + version
        req_cls = LOCAL.cls(pkg + ".ServerReflectionRequest")
        resp_cls = LOCAL.cls(pkg + ".ServerReflectionResponse")
        q = queue.Queue()
        call = self.channel.stream_stream(
            "/%s.ServerReflection/ServerReflectionInfo" % pkg,
            request_serializer=req_cls.SerializeToString,
            response_deserializer=resp_cls.FromString)
        self._queue, self._req_cls = q, req_cls
        self._responses = call(iter(q.get, None), metadata=self.metadata, timeout=self.timeout)

    def _ask(self, **kwargs):
        last_error = None
        candidates = [self.version] if self.version else self.versions
        for version in candidates:
            if self._responses is None:
                self._open(version)
            self._queue.put(self._req_cls(**kwargs))
            try:
                resp = next(self._responses)
                self.version = version
                break
            except grpc.RpcError as e:
                self._queue.put(None)
                self._responses = None
                last_error = e
                if e.code() == grpc.StatusCode.UNIMPLEMENTED and not self.version:
                    continue
                raise
            except StopIteration:
                self._responses = None
                raise ReflectionError("reflection stream ended unexpectedly")
        else:
            raise last_error
        which = resp.WhichOneof("message_response")
        if which == "error_response":
            raise ReflectionError("%s (reflection error %d)" % (
                resp.error_response.error_message, resp.error_response.error_code))
        return resp

    def close(self):
        if self._queue is not None:
            self._queue.put(None)
        if self._responses is not None:
            self._responses.cancel()

    def list_services(self):
        resp = self._ask(list_services="*")
        return sorted(s.name for s in resp.list_services_response.service)

    def _remember(self, resp):
        names = []
        for raw in resp.file_descriptor_response.file_descriptor_proto:
            fdp = descriptor_pb2.FileDescriptorProto.FromString(raw)
            self.files.setdefault(fdp.name, fdp)
            names.append(fdp.name)
        return names

    def file_containing_symbol(self, symbol):
        names = self._remember(self._ask(file_containing_symbol=symbol))
        self._fetch_missing_deps()
        return names[0] if names else None

    def resolve(self, symbol):
        """Loads the file defining symbol; True when it is then known. Fields and enum values are not
        symbols every server resolves, so fall back to the parent, then to all services' files."""
        if symbol in SymbolTable(self.files).symbols:
            return True
        candidates = [symbol, symbol.rpartition(".")[0]]
        for c in filter(None, candidates):
            try:
                self.file_containing_symbol(c)
            except ReflectionError:
                continue
            if symbol in SymbolTable(self.files).symbols:
                return True
        for svc in self.list_services():
            try:
                self.file_containing_symbol(svc)
            except ReflectionError:
                pass
        return symbol in SymbolTable(self.files).symbols

    def _fetch_missing_deps(self):
        while True:
            missing = sorted({d for f in self.files.values() for d in f.dependency if d not in self.files})
            if not missing:
                return
            for name in missing:
                self._remember(self._ask(file_by_filename=name))

    def build_pool(self):
        pool = descriptor_pool.DescriptorPool()
        added = set()

        def add(name, stack=()):
            if name in added:
                return
            if name in stack:
                raise ReflectionError("import cycle through " + name)
            for dep in self.files[name].dependency:
                add(dep, stack + (name,))
            pool.Add(self.files[name])
            added.add(name)

        for name in sorted(self.files):
            add(name)
        return pool


# --------------------------------------------------------------------------------------------
# describe: descriptors as proto-ish text (grpcurl's layout), rendered from the
# FileDescriptorProtos the server sent (comments too, when it sends source_code_info)
# --------------------------------------------------------------------------------------------

_SCALAR = {v: k[len("TYPE_"):].lower() for k, v in FDP.Type.items()}


class _Comments:
    def __init__(self, file_proto):
        self.by_path = {}
        for loc in file_proto.source_code_info.location:
            if loc.leading_comments or loc.trailing_comments:
                self.by_path[tuple(loc.path)] = loc.leading_comments or loc.trailing_comments

    def emit(self, out, path, indent):
        text = self.by_path.get(tuple(path))
        if text:
            for line in text.rstrip("\n").split("\n"):
                out.append(indent + "//" + line)


class SymbolTable:
    """Full name -> (kind, proto, source path, file proto), over every file the server sent."""

    def __init__(self, files):
        self.symbols = {}
        for f in files.values():
            prefix = f.package + "." if f.package else ""
            for i, m in enumerate(f.message_type):
                self._message(f, prefix + m.name, m, [4, i])
            for i, e in enumerate(f.enum_type):
                self._enum(f, prefix + e.name, e, [5, i])
            for i, s in enumerate(f.service):
                name = prefix + s.name
                self.symbols[name] = ("service", s, [6, i], f)
                for j, m in enumerate(s.method):
                    self.symbols[name + "." + m.name] = ("method", m, [6, i, 2, j], f)

    def _message(self, f, name, m, path):
        self.symbols[name] = ("message", m, path, f)
        for i, fld in enumerate(m.field):
            self.symbols[name + "." + fld.name] = ("field", (m, fld), path + [2, i], f)
        for i, n in enumerate(m.nested_type):
            self._message(f, name + "." + n.name, n, path + [3, i])
        for i, e in enumerate(m.enum_type):
            self._enum(f, name + "." + e.name, e, path + [4, i])

    def _enum(self, f, name, e, path):
        self.symbols[name] = ("enum", e, path, f)
        scope = name.rpartition(".")[0]  # enum values are siblings of the enum, not children
        for i, v in enumerate(e.value):
            self.symbols[(scope + "." if scope else "") + v.name] = ("enum value", v, path + [2, i], f)


def _field_line(f, m, syntax):
    if f.type in (FDP.TYPE_MESSAGE, FDP.TYPE_ENUM, FDP.TYPE_GROUP):
        ftype = f.type_name
    else:
        ftype = _SCALAR[f.type]
    label = ""
    entry = None
    if m is not None and f.type == FDP.TYPE_MESSAGE and f.label == FDP.LABEL_REPEATED:
        leaf = f.type_name.rpartition(".")[2]
        entry = next((n for n in m.nested_type if n.name == leaf and n.options.map_entry), None)
    if entry is not None:
        k, v = entry.field[0], entry.field[1]
        ftype = "map<%s, %s>" % (_SCALAR[k.type],
                                 v.type_name if v.type in (FDP.TYPE_MESSAGE, FDP.TYPE_ENUM) else _SCALAR[v.type])
    elif f.label == FDP.LABEL_REPEATED:
        label = "repeated "
    elif f.label == FDP.LABEL_REQUIRED:
        label = "required "
    elif f.proto3_optional or (syntax != "proto3" and f.label == FDP.LABEL_OPTIONAL):
        label = "optional "
    opts = []
    if f.HasField("default_value"):
        opts.append("default = %s" % f.default_value)
    if f.options.HasField("packed"):
        opts.append("packed = %s" % str(f.options.packed).lower())
    if f.options.deprecated:
        opts.append("deprecated = true")
    if f.HasField("json_name") and f.json_name != _default_json_name(f.name):
        opts.append('json_name = "%s"' % f.json_name)
    return "%s%s %s = %d%s;" % (label, ftype, f.name, f.number, " [%s]" % ", ".join(opts) if opts else "")


def _default_json_name(name):
    out, upper = [], False
    for ch in name:
        if ch == "_":
            upper = True
        else:
            out.append(ch.upper() if upper else ch)
            upper = False
    return "".join(out)


def _render_message(m, out, indent, comments, path, syntax):
    comments.emit(out, path, indent)
    out.append("%smessage %s {" % (indent, m.name))
    inner = indent + "  "
    # proto3 "optional" uses a synthetic oneof that is not printed as a oneof.
    synthetic = {f.oneof_index for f in m.field if f.proto3_optional and f.HasField("oneof_index")}
    done = set()
    for i, f in enumerate(m.field):
        if f.HasField("oneof_index") and f.oneof_index not in synthetic:
            o = f.oneof_index
            if o in done:
                continue
            done.add(o)
            comments.emit(out, path + [8, o], inner)
            out.append("%soneof %s {" % (inner, m.oneof_decl[o].name))
            for j, of in enumerate(m.field):
                if of.HasField("oneof_index") and of.oneof_index == o:
                    comments.emit(out, path + [2, j], inner + "  ")
                    out.append(inner + "  " + _field_line(of, m, syntax))
            out.append(inner + "}")
            continue
        comments.emit(out, path + [2, i], inner)
        out.append(inner + _field_line(f, m, syntax))
    for j, n in enumerate(m.nested_type):
        if not n.options.map_entry:
            _render_message(n, out, inner, comments, path + [3, j], syntax)
    for j, e in enumerate(m.enum_type):
        _render_enum(e, out, inner, comments, path + [4, j])
    for r in m.reserved_range:
        out.append("%sreserved %s;" % (inner, str(r.start) if r.end == r.start + 1 else "%d to %d" % (r.start, r.end - 1)))
    if m.reserved_name:
        out.append("%sreserved %s;" % (inner, ", ".join('"%s"' % n for n in m.reserved_name)))
    out.append(indent + "}")


def _render_enum(e, out, indent, comments, path):
    comments.emit(out, path, indent)
    out.append("%senum %s {" % (indent, e.name))
    for i, v in enumerate(e.value):
        comments.emit(out, path + [2, i], indent + "  ")
        out.append("%s  %s = %d;" % (indent, v.name, v.number))
    out.append(indent + "}")


def _method_line(m):
    return "rpc %s ( %s%s ) returns ( %s%s );" % (
        m.name, "stream " if m.client_streaming else "", m.input_type,
        "stream " if m.server_streaming else "", m.output_type)


def describe_symbol(files, symbol):
    """Returns (kind, lines) for a service, method, message, field, enum or enum value."""
    entry = SymbolTable(files).symbols.get(symbol)
    if entry is None:
        raise KeyError(symbol)
    kind, proto, path, f = entry
    comments = _Comments(f)
    syntax = f.syntax or "proto2"
    out = []
    if kind == "service":
        comments.emit(out, path, "")
        out.append("service %s {" % proto.name)
        for i, m in enumerate(proto.method):
            comments.emit(out, path + [2, i], "  ")
            out.append("  " + _method_line(m))
        out.append("}")
    elif kind == "method":
        comments.emit(out, path, "")
        out.append(_method_line(proto))
    elif kind == "message":
        _render_message(proto, out, "", comments, path, syntax)
    elif kind == "field":
        comments.emit(out, path, "")
        out.append(_field_line(proto[1], proto[0], syntax))
    elif kind == "enum":
        _render_enum(proto, out, "", comments, path)
    else:
        comments.emit(out, path, "")
        out.append("%s = %d;" % (proto.name, proto.number))
    article = "an" if kind[0] in "aeiou" else "a"
    return "%s %s" % (article, kind), out

# --------------------------------------------------------------------------------------------
# Invocation
# --------------------------------------------------------------------------------------------

# grpcurl prints Go's code names (codes.Code.String()).
_GO_CODE_NAMES = {
    "OK": "OK", "CANCELLED": "Canceled", "UNKNOWN": "Unknown", "INVALID_ARGUMENT": "InvalidArgument",
    "DEADLINE_EXCEEDED": "DeadlineExceeded", "NOT_FOUND": "NotFound", "ALREADY_EXISTS": "AlreadyExists",
    "PERMISSION_DENIED": "PermissionDenied", "RESOURCE_EXHAUSTED": "ResourceExhausted",
    "FAILED_PRECONDITION": "FailedPrecondition", "ABORTED": "Aborted", "OUT_OF_RANGE": "OutOfRange",
    "UNIMPLEMENTED": "Unimplemented", "INTERNAL": "Internal", "UNAVAILABLE": "Unavailable",
    "DATA_LOSS": "DataLoss", "UNAUTHENTICATED": "Unauthenticated",
}


def _split_json_objects(text):
    text = text.strip()
    if not text:
        return ["{}"]
    dec, pos, items = json.JSONDecoder(), 0, []
    while pos < len(text):
        obj, end = dec.raw_decode(text, pos)
        items.append(json.dumps(obj))
        while end < len(text) and text[end] in " \t\r\n,":
            end += 1
        pos = end
    return items


def _details_text(trailing):
    raw = None
    for k, v in trailing or ():
        if k == "grpc-status-details-bin":
            raw = v if isinstance(v, bytes) else base64.b64decode(v + "=" * (-len(v) % 4))
    if raw is None:
        return None
    status = LOCAL.cls("google.rpc.Status").FromString(raw)
    lines = []
    for i, any_msg in enumerate(status.details, 1):
        try:
            text = json_format.MessageToJson(any_msg, descriptor_pool=LOCAL.pool, indent=None)
        except Exception:  # type unknown here: show it raw
            text = json.dumps({"@type": any_msg.type_url, "value": base64.b64encode(any_msg.value).decode()})
        lines.append("  %d)\t%s" % (i, text))
    return lines


def _add_error_detail_types(pool):
    """Adds google/rpc/error_details.proto (and its google/protobuf/duration.proto) to the server's pool when the
    server sent neither, so a google.rpc.Status inside a response message (a StreamSuggestCodes error) prints its
    BadRequest details. Files the server sent are never replaced."""
    duration = descriptor_pb2.FileDescriptorProto()
    duration_pb2.DESCRIPTOR.CopyToProto(duration)
    for fdp in (duration, _google_rpc_files()[1]):
        try:
            pool.FindFileByName(fdp.name)
        except KeyError:
            try:
                pool.Add(fdp)
            except Exception:  # clashes with a server file: leave the pool as the server made it
                return


def invoke(channel, pool, method_desc, method_proto, data, metadata, timeout, args):
    _add_error_detail_types(pool)
    req_cls = _message_class(pool, method_desc.input_type.full_name)
    resp_cls = _message_class(pool, method_desc.output_type.full_name)
    requests = []
    for item in _split_json_objects(data):
        msg = req_cls()
        json_format.Parse(item, msg, descriptor_pool=pool)
        requests.append(msg)
    path = "/%s/%s" % (method_desc.containing_service.full_name, method_desc.name)
    kw = dict(request_serializer=req_cls.SerializeToString, response_deserializer=resp_cls.FromString)

    def show(msg):
        print(json_format.MessageToJson(msg, including_default_value_fields=args.emit_defaults,
                                        preserving_proto_field_name=args.proto_names, descriptor_pool=pool))

    def show_meta(title, md):
        if args.verbose:
            print("\n%s:" % title)
            for k, v in md or ():
                print("%s: %s" % (k, base64.b64encode(v).decode() if isinstance(v, bytes) else v))

    cs, ss = method_proto.client_streaming, method_proto.server_streaming
    try:
        if not cs and not ss:
            if len(requests) != 1:
                raise SystemExit("error: a unary method takes exactly one request message")
            resp, call = channel.unary_unary(path, **kw).with_call(requests[0], metadata=metadata, timeout=timeout)
            show_meta("Response headers", call.initial_metadata())
            if args.verbose:
                print("\nResponse contents:")
            show(resp)
            show_meta("Response trailers", call.trailing_metadata())
        elif cs and not ss:
            resp, call = channel.stream_unary(path, **kw).with_call(iter(requests), metadata=metadata, timeout=timeout)
            show_meta("Response headers", call.initial_metadata())
            show(resp)
            show_meta("Response trailers", call.trailing_metadata())
        else:
            if ss and not cs:
                if len(requests) != 1:
                    raise SystemExit("error: a server-streaming method takes exactly one request message")
                call = channel.unary_stream(path, **kw)(requests[0], metadata=metadata, timeout=timeout)
            else:
                call = channel.stream_stream(path, **kw)(iter(requests), metadata=metadata, timeout=timeout)
            show_meta("Response headers", call.initial_metadata())
            for resp in call:
                show(resp)
            show_meta("Response trailers", call.trailing_metadata())
    except grpc.RpcError as e:
        code = e.code() if hasattr(e, "code") else grpc.StatusCode.UNKNOWN
        trailing = e.trailing_metadata() if hasattr(e, "trailing_metadata") else None
        if args.verbose and hasattr(e, "initial_metadata"):
            show_meta("Response headers", e.initial_metadata())
            show_meta("Response trailers", trailing)
        print("ERROR:", file=sys.stderr)
        print("  Code: %s (%s)" % (_GO_CODE_NAMES.get(code.name, code.name), code.name), file=sys.stderr)
        print("  Message: %s" % (e.details() if hasattr(e, "details") else e), file=sys.stderr)
        lines = _details_text(trailing)
        if lines:
            print("  Details:", file=sys.stderr)
            for line in lines:
                print(line, file=sys.stderr)
        return 64 + code.value[0]
    return 0


# --------------------------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------------------------

class Args:
    plaintext = False
    data = None
    headers = ()
    max_time = None
    emit_defaults = False
    proto_names = False
    verbose = False
    reflect_version = "auto"
    positional = ()


def _usage(msg=None):
    if msg:
        print("error: " + msg, file=sys.stderr)
    print(__doc__.split("Usage", 1)[1].join(["Usage", ""]).rstrip(), file=sys.stderr)
    sys.exit(2)


def parse_args(argv):
    a, pos, headers = Args(), [], []
    i = 0
    while i < len(argv):
        t = argv[i]
        if t.startswith("--") and len(t) > 2:
            t = t[1:]
        name, eq, inline = t.partition("=")

        def value():
            nonlocal i
            if eq:
                return inline
            i += 1
            if i >= len(argv):
                _usage("flag %s needs a value" % name)
            return argv[i]

        if name in ("-h", "-help"):
            _usage()
        elif name == "-plaintext":
            a.plaintext = True
        elif name == "-d":
            a.data = value()
        elif name in ("-H", "-rpc-header"):
            headers.append(value())
        elif name == "-max-time":
            a.max_time = float(value())
        elif name == "-emit-defaults":
            a.emit_defaults = True
        elif name == "-proto-names":
            a.proto_names = True
        elif name == "-v":
            a.verbose = True
        elif name == "-reflect-version":
            a.reflect_version = value()
            if a.reflect_version not in ("auto", "v1", "v1alpha"):
                _usage("-reflect-version must be auto, v1 or v1alpha")
        elif t.startswith("-") and t != "-":
            _usage("unknown flag " + argv[i])
        else:
            pos.append(t)
        i += 1
    a.positional = pos
    md = []
    for h in headers:
        k, sep, v = h.partition(":")
        if not sep:
            _usage("header must look like 'name: value': " + h)
        md.append((k.strip().lower(), v.strip()))
    a.headers = tuple(md)
    return a


def main(argv):
    args = parse_args(argv)
    if not args.positional:
        _usage("missing HOST:PORT")
    target, rest = args.positional[0], args.positional[1:]
    if not rest:
        _usage("missing command: list, describe or SERVICE/METHOD")
    options = [("grpc.max_receive_message_length", 64 * 1024 * 1024)]
    channel = (grpc.insecure_channel(target, options=options) if args.plaintext
               else grpc.secure_channel(target, grpc.ssl_channel_credentials(), options=options))
    refl = ReflectionClient(channel, args.headers, args.max_time, args.reflect_version)
    try:
        verb = rest[0]
        if verb == "list":
            if len(rest) == 1:
                for s in refl.list_services():
                    print(s)
            else:
                name = rest[1]
                refl.file_containing_symbol(name)
                pool = refl.build_pool()
                try:
                    svc = pool.FindServiceByName(name)
                except KeyError:
                    raise ReflectionError("Service not found: " + name)
                for m in svc.methods:
                    print("%s.%s" % (svc.full_name, m.name))
            return 0
        if verb == "describe":
            symbols = rest[1:] or refl.list_services()
            for sym in symbols:
                sym = sym.lstrip(".")
                sym = sym.replace("/", ".")
                if not refl.resolve(sym):
                    print('Failed to resolve symbol "%s": Symbol not found' % sym, file=sys.stderr)
                    return 1
                try:
                    kind, lines = describe_symbol(refl.files, sym)
                except KeyError:
                    raise ReflectionError("Symbol not found: " + sym)
                print("%s is %s:" % (sym, kind))
                print("\n".join(lines))
            return 0
        # SERVICE/METHOD or SERVICE.METHOD
        full = rest[0].lstrip("/")
        if "/" in full:
            svc_name, _, method_name = full.rpartition("/")
        else:
            svc_name, _, method_name = full.rpartition(".")
        if not svc_name or not method_name:
            _usage("method must be SERVICE/METHOD: " + rest[0])
        refl.file_containing_symbol(svc_name)
        pool = refl.build_pool()
        try:
            method = pool.FindServiceByName(svc_name).methods_by_name[method_name]
        except KeyError:
            raise ReflectionError("Method not found: %s/%s" % (svc_name, method_name))
        refl.close()
        data = args.data
        if data == "@":
            data = sys.stdin.read()
        method_proto = SymbolTable(refl.files).symbols[method.full_name][1]
        return invoke(channel, pool, method, method_proto, data or "{}", args.headers, args.max_time, args)
    except ReflectionError as e:
        print("Failed: %s" % e, file=sys.stderr)
        return 1
    except json_format.ParseError as e:
        print("Failed to parse request JSON: %s" % e, file=sys.stderr)
        return 1
    except grpc.RpcError as e:
        code = e.code() if hasattr(e, "code") else None
        print("Failed to use server reflection: %s: %s" % (code.name if code else "?",
                                                          e.details() if hasattr(e, "details") else e),
              file=sys.stderr)
        return 1
    finally:
        refl.close()
        channel.close()


if __name__ == "__main__":
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet exit when piped into head
    sys.exit(main(sys.argv[1:]))
