using System.Buffers;
using CodeSearch.Server.Caching;
using CodeSearch.V1;
using Google.Protobuf;
using Grpc.Core;

namespace CodeSearch.Server.Tests.Caching;

public class SerializedResponsesTests
{
    [Fact]
    public void Serializer_KeptMessage_WritesTheKeptBytesWithoutTheInnerSerializer()
    {
        var message = Page();
        var length = SerializedResponses.Keep(message).Length;
        var inner = 0;

        var written = Serialize(SerializedResponses.Serializer<SearchCodesResponse>((_, _) => inner++), message);

        Assert.Equal(0, inner);
        Assert.Equal(message.ToByteArray(), written);
        Assert.Equal(length, written.Length);
        Assert.Equal(message, SearchCodesResponse.Parser.ParseFrom(written));
    }

    [Fact]
    public void Serializer_MessageNotKept_LeftToTheInnerSerializer()
    {
        var message = Page();
        var inner = 0;

        Serialize(SerializedResponses.Serializer<SearchCodesResponse>((m, c) => { inner++; c.Complete(m.ToByteArray()); }), message);

        Assert.Equal(1, inner);
    }

    [Fact]
    public void SizeOf_KeptOrNot_IsTheProtobufSize()
    {
        var kept = Page();
        SerializedResponses.Keep(kept);

        Assert.Equal(kept.CalculateSize(), SerializedResponses.SizeOf(kept));
        Assert.Equal(Page().CalculateSize(), SerializedResponses.SizeOf(Page()));
    }

    private static SearchCodesResponse Page()
    {
        var response = new SearchCodesResponse { UnderstoodAs = "chest pain", NextPageToken = "token" };
        for (var i = 0; i < 5; i++)
        {
            response.Results.Add(new SearchResult
            {
                Code = new Code { System = CodeSystem.Icd10Cm, Code_ = $"R07.{i}", Description = "Chest pain, written by hand " + i },
                Score = 1.5f * i,
                MatchType = "TEXT",
            });
        }
        return response;
    }

    private static byte[] Serialize(Action<SearchCodesResponse, SerializationContext> serializer, SearchCodesResponse message)
    {
        var context = new CapturingContext();
        serializer(message, context);
        Assert.True(context.Completed);
        return context.Bytes;
    }

    /// <summary>Records what a serializer writes, the way the server's context takes it (length, buffer writer, complete).</summary>
    private sealed class CapturingContext : SerializationContext
    {
        private readonly ArrayBufferWriter<byte> _buffer = new();
        private byte[]? _completed;

        public bool Completed { get; private set; }
        public byte[] Bytes => _completed ?? _buffer.WrittenSpan.ToArray();

        public override void Complete(byte[] payload)
        {
            _completed = payload;
            Completed = true;
        }

        public override void SetPayloadLength(int payloadLength)
        {
        }

        public override IBufferWriter<byte> GetBufferWriter() => _buffer;

        public override void Complete() => Completed = true;
    }
}
