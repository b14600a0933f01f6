using System.Buffers.Binary;
using CodeSearch.Server.Grpc;

namespace CodeSearch.Server.Transport;

/// <summary>
/// Reads a gRPC request body through while following its length-prefixed frames, and fails the read with
/// INVALID_ARGUMENT (from <see cref="ErrorMapping"/>) when the framing itself is wrong: a compressed flag other than 0
/// or 1, a compressed message without a grpc-encoding (or with "identity"), or a body that ends inside a frame.
/// grpc-dotnet would answer these UNKNOWN or INTERNAL, one of them with an Error-level stack trace. Bytes are passed
/// on unchanged; only the five header bytes of each frame are looked at.
/// </summary>
/// <remarks>
/// A read that fails with an IOException (the client reset the stream or dropped the connection) becomes CANCELLED with
/// one Debug line, instead of grpc-dotnet's Error-level "Error when executing service method" with a stack trace.
/// </remarks>
internal sealed class GrpcFramingStream(Stream inner, bool hasEncoding, ILogger logger, string path) : ReadOnlyStream
{
    private const int HeaderSize = 5;
    private readonly byte[] _header = new byte[HeaderSize];
    private int _headerFilled;
    private long _payloadLeft;

    public override int Read(Span<byte> buffer)
    {
        int read;
        try
        {
            read = inner.Read(buffer);
        }
        catch (IOException ex)
        {
            throw Aborted(ex);
        }
        Follow(buffer[..read], atEnd: read == 0 && !buffer.IsEmpty);
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        int read;
        try
        {
            read = await inner.ReadAsync(buffer, cancellationToken);
        }
        catch (IOException ex)
        {
            throw Aborted(ex);
        }
        Follow(buffer.Span[..read], atEnd: read == 0 && !buffer.IsEmpty);
        return read;
    }

    private Exception Aborted(IOException exception)
    {
        TransportLog.BodyAborted(logger, path, exception.GetType().Name);
        return ErrorMapping.RequestBodyAborted();
    }

    private void Follow(ReadOnlySpan<byte> data, bool atEnd)
    {
        while (!data.IsEmpty)
        {
            if (_payloadLeft > 0)
            {
                var skip = (int)Math.Min(_payloadLeft, data.Length);
                _payloadLeft -= skip;
                data = data[skip..];
                continue;
            }
            var take = Math.Min(HeaderSize - _headerFilled, data.Length);
            data[..take].CopyTo(_header.AsSpan(_headerFilled));
            _headerFilled += take;
            data = data[take..];
            if (_headerFilled == HeaderSize) StartFrame();
        }
        if (atEnd && (_headerFilled > 0 || _payloadLeft > 0))
        {
            throw ErrorMapping.UndecodableRequest("the request body ends inside a message (truncated gRPC frame)");
        }
    }

    private void StartFrame()
    {
        _headerFilled = 0;
        switch (_header[0])
        {
            case 0: break;
            case 1 when hasEncoding: break;
            case 1: throw ErrorMapping.UndecodableRequest("a message has the compressed flag set but the request has no grpc-encoding");
            default: throw ErrorMapping.UndecodableRequest("a message header has a compressed flag other than 0 or 1");
        }
        _payloadLeft = BinaryPrimitives.ReadUInt32BigEndian(_header.AsSpan(1));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
