using System.Runtime.CompilerServices;
using Google.Protobuf;
using Grpc.Core;

namespace CodeSearch.Server.Caching;

/// <summary>
/// The protobuf bytes of cached responses, kept beside each message for as long as the message lives, so answering
/// from the <see cref="ResponseCache"/> writes stored bytes instead of walking the message again (protobuf computes
/// every nested message's size once more for each write). Cached messages are never changed after they are stored,
/// so their bytes stay exact. The response marshallers (<see cref="Grpc.UnparseableRequests"/>) and the access log's
/// byte count (<see cref="AccessLogging.CallSizes"/>) read them; JSON transcoding serializes the message as before.
/// </summary>
internal static class SerializedResponses
{
    private static readonly ConditionalWeakTable<object, byte[]> Bytes = new();

    /// <summary>Serializes <paramref name="message"/> once and keeps the bytes with it; returns them.</summary>
    public static byte[] Keep(IMessage message) => Bytes.GetValue(message, static m => ((IMessage)m).ToByteArray());

    /// <summary>Keeps <paramref name="bytes"/>, the exact serialized form of <paramref name="message"/>, with it.</summary>
    public static void Attach(IMessage message, byte[] bytes) => Bytes.AddOrUpdate(message, bytes);

    /// <summary>The protobuf size of <paramref name="message"/>: the kept length, else computed.</summary>
    public static int SizeOf(IMessage message) => Bytes.TryGetValue(message, out var bytes) ? bytes.Length : message.CalculateSize();

    /// <summary>A response serializer that writes the kept bytes of a cached message and leaves the rest to <paramref name="inner"/>.</summary>
    public static Action<T, SerializationContext> Serializer<T>(Action<T, SerializationContext> inner) where T : class =>
        (message, context) =>
        {
            if (!Bytes.TryGetValue(message, out var bytes))
            {
                inner(message, context);
                return;
            }
            context.SetPayloadLength(bytes.Length);
            var writer = context.GetBufferWriter();
            var span = writer.GetSpan(bytes.Length);
            bytes.CopyTo(span);
            writer.Advance(bytes.Length);
            context.Complete();
        };
}
