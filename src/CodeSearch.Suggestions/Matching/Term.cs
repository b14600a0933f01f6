using CodeSearch.Core;

namespace CodeSearch.Suggestions.Matching;

/// <summary>One way of writing a code, compiled for matching.</summary>
/// <param name="CodePosition">Position of the code in the dictionary's code table.</param>
/// <param name="Text">The description or synonym as written (for the rationale).</param>
/// <param name="Source">Where the wording comes from.</param>
/// <param name="Required">Distinct stem ids a mention must cover.</param>
/// <param name="Weights">Weight of each required stem (inverse document frequency over all terms).</param>
/// <param name="Optional">Distinct stem ids a mention may cover.</param>
/// <param name="LearnedPrecision">For learned terms: how often the phrase came with the code in train notes.</param>
/// <param name="LearnedSupport">For learned terms: train notes holding both.</param>
/// <remarks>
/// A dictionary keeps its terms as flat arrays (<see cref="TermTable"/>) and makes a <see cref="Term"/> when one is
/// asked for: its stems and weights are slices of the dictionary's pools, not copies.
/// </remarks>
public sealed record Term(int CodePosition, string Text, TermSource Source, ReadOnlyMemory<int> Required,
    ReadOnlyMemory<float> Weights, ReadOnlyMemory<int> Optional, float LearnedPrecision, int LearnedSupport)
{
    // A description term reads its text from the code (kept as token numbers in the catalog, docs/operations.md#memory)
    // instead of holding a second copy of every description.
    private string? _text = Text;
    private MedicalCode? _describes;

    /// <summary>The description or synonym as written (for the rationale).</summary>
    public string Text
    {
        get => _text ?? _describes?.Description ?? "";
        init
        {
            _text = value;
            _describes = null;
        }
    }

    /// <summary>For a description term: the code whose description it is, instead of <see cref="Text"/>.</summary>
    internal MedicalCode? Describes
    {
        init
        {
            _describes = value;
            if (value is not null) _text = null;
        }
    }

    /// <summary>Sum of <see cref="Weights"/>, summed as <c>Enumerable.Sum</c> sums floats (in double, in order).</summary>
    public float TotalWeight { get; init; } = SumOf(Weights.Span);

    /// <summary>The sum <see cref="TotalWeight"/> holds: every term's total is summed this way.</summary>
    internal static float SumOf(ReadOnlySpan<float> weights)
    {
        var sum = 0d;
        foreach (var w in weights) sum += w;
        return (float)sum;
    }
}
