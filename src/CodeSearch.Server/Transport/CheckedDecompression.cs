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

    private sealed class Checked(Stream decompressing, string encoding) : ReadOnlyStream
    {

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

        protected override void Dispose(bool disposing)
        {
            if (disposing) decompressing.Dispose();
            base.Dispose(disposing);
        }
    }
}
