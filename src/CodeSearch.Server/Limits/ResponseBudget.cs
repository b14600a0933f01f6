using Google.Protobuf;

namespace CodeSearch.Server.Limits;

/// <summary>
/// Counts the serialized bytes of an answer while it is built and refuses it (RESOURCE_EXHAUSTED, no retry hint:
/// the same request would fail again) as soon as it would exceed <see cref="Options.LimitsOptions.MaxResponseBytes"/>, so a
/// small request can never make the server build, hold and send a huge answer.
/// </summary>
internal sealed class ResponseBudget(int limitBytes, string method)
{
    // Sizes by message instance: a batch repeating one code gets the same cached message back each time.
    private readonly Dictionary<IMessage, int> _sizes = new(ReferenceEqualityComparer.Instance);
    private long _used;

    /// <summary>Bytes charged so far.</summary>
    public long Used => _used;

    /// <summary>Charges one repeated-field element (its size, tag and length prefix) or throws <see cref="OverloadedException"/>.</summary>
    public void Charge(IMessage element) => Charge(element, wrapped: false);

    /// <summary>As <see cref="Charge(IMessage)"/>; <paramref name="wrapped"/>: the element sits in a one-field wrapper message (a oneof result).</summary>
    public void Charge(IMessage element, bool wrapped)
    {
        if (!_sizes.TryGetValue(element, out var size)) _sizes[element] = size = element.CalculateSize();
        var field = size + 1 + CodedOutputStream.ComputeLengthSize(size);
        _used += wrapped ? field + 1 + CodedOutputStream.ComputeLengthSize(field) : field;
        if (_used > limitBytes)
        {
            throw new OverloadedException(
                $"The {method} answer would exceed the response limit of {limitBytes:N0} bytes (CodeSearch:Limits:MaxResponseBytes); " +
                "send each code once and split the request into smaller ones.", TimeSpan.Zero);
        }
    }
}
