using System.Text;
using CodeSearch.Suggestions.Engine;

namespace CodeSearch.Fuzz;

/// <summary>
/// The whole note pipeline on the embedded learned model over <see cref="TinyIndex"/>, checking what the API promises:
/// every evidence span lies inside the note and quotes it, every score is in [0, 1]. A broken promise is a crash.
/// </summary>
internal static class NoteTarget
{
    private static readonly SuggestionEngine Engine = new(new TinyIndex());

    /// <summary>An odd first byte reads the rest as UTF-16 (so lone surrogates occur); otherwise as UTF-8.</summary>
    public static string Decode(byte[] input) =>
        input.Length > 0 && (input[0] & 1) == 1 ? Encoding.Unicode.GetString(input, 1, input.Length - 1) : Encoding.UTF8.GetString(input);

    public static void Run(byte[] input)
    {
        var text = Decode(input);
        if (text.Length > SuggestionLimits.MaxTextLength) text = text[..SuggestionLimits.MaxTextLength];
        var result = Engine.Suggest(new SuggestionRequest { Text = text, MinScore = 0, IncludeExcluded = true, MaxResults = 200 });
        foreach (var s in result.Suggestions) Check(text, s.Score, s.Evidence);
        foreach (var e in result.Excluded) Check(text, e.Score, e.Evidence);
    }

    private static void Check(string text, double score, IReadOnlyList<EvidenceSpan> evidence)
    {
        if (!(score is >= 0 and <= 1)) throw new InvalidOperationException($"score {score} outside [0, 1]");
        foreach (var span in evidence)
        {
            if (span.Start < 0 || span.End > text.Length || span.Start >= span.End)
                throw new InvalidOperationException($"span [{span.Start}, {span.End}) outside a text of {text.Length}");
            if (text[span.Start..span.End] != span.Text) throw new InvalidOperationException("evidence text does not quote the note");
        }
    }
}
