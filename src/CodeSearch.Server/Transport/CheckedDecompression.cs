using System.IO.Compression;
using CodeSearch.Server.Grpc;
using Grpc.Net.Compression;

namespace CodeSearch.Server.Transport;

/// <summary>
/// Wraps a gRPC compression provider so a request message that does not decompress (garbage after "grpc-encoding:
/// gzip") fails with INVALID_ARGUMENT instead of grpc-dotnet's UNKNOWN with an Error-level stack trace.
/// Compression of responses is passed through unchanged.
/// </summary>
internal sealed class CheckedDecompression(ICompressionProvider inner) : ICompressionProvider
{
    public string EncodingName => inner.EncodingName;

    public Stream CreateCompressionStream(Stream stream, CompressionLevel? compressionLevel) =>
        inner.CreateCompressionStream(stream, compressionLevel);

    public Stream CreateDecompressionStream(Stream stream) => new Checked(inner.CreateDecompressionStream(stream), inner.EncodingName);

    private sealed class Checked(Stream decompressing, string encoding) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            try
            {
                return decompressing.Read(buffer);
            }
            catch (InvalidDataException)
            {
                throw Undecodable();
            }
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            try
            {
                return await decompressing.ReadAsync(buffer, cancellationToken);
            }
            catch (InvalidDataException)
            {
                throw Undecodable();
            }
        }

        private Exception Undecodable() =>
            ErrorMapping.UndecodableRequest($"a message is not valid {encoding} data although the request's grpc-encoding says so");

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) decompressing.Dispose();
            base.Dispose(disposing);
        }
    }
}
