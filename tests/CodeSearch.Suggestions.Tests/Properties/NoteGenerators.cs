using FsCheck;
using FsCheck.Fluent;

namespace CodeSearch.Suggestions.Tests.Properties;

/// <summary>A generated note, kept as its pieces so FsCheck can shrink a failure by dropping pieces.</summary>
public sealed record GeneratedNote(IReadOnlyList<string> Pieces)
{
    public string Text { get; } = string.Concat(Pieces);

    /// <summary>Escaped, so a failure report shows control characters and lone surrogates.</summary>
    public override string ToString() =>
        "\"" + string.Concat(Text.Select(c => c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:X4}")) + "\"";
}

/// <summary>
/// FsCheck arbitraries for notes: clinical words and abbreviations of the test codes, negation and history triggers,
/// section headers, punctuation, white space, control characters, surrogate pairs, lone surrogates, combining and
/// bidirectional marks, and any UTF-16 code unit at all.
/// </summary>
public static class NoteGenerators
{
    private static readonly string[] Clinical =
    [
        "hypertension", "HTN", "T2DM", "type 2 diabetes", "diabetes mellitus", "DM2", "pneumonia", "PNA", "chest pain", "CP",
        "breast cancer", "cancer of breast", "malignant neoplasm", "Pt", "patient", "with", "and", "s/p", "r/o", "h/o",
        "E11.9", "I10", "mother", "father", "has", "had", "2.5 mg", "BP 140/90", "x-ray", "N/V",
    ];

    private static readonly string[] Triggers =
    [
        "denies", "no", "no evidence of", "negative for", "without", "possible", "probable", "cannot exclude", "rule out",
        "history of", "hx of", "family history of", "resolved", "but", "however", "ruled out",
    ];

    private static readonly string[] Headers =
    [
        "HPI:", "Chief Complaint:", "PMH:", "Past Medical History:", "FH:", "Family History:", "Social History:", "ROS:",
        "Assessment:", "Plan:", "A&P:", "Assessment and Plan", "Diagnoses:", "Medications:", "Allergies:", "1.", "2)", "-", "*",
    ];

    private static readonly string[] Punctuation = [".", ",", ";", ":", "?", "!", "(", ")", "[", "]", "/", "\\", "\"", "'", "-", "+", "%", "&", "#"];

    private static readonly string[] Space = [" ", "  ", "\t", "\n", "\r\n", "\r", "\n\n", "\u00A0", "\u2028", "\u2029", "\u3000"];

    private static readonly string[] Awkward =
    [
        "\0", "\u0001", "\u0007", "\u001B", "\u007F", "\u0085", "\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u202A",
        "\u202E", "\u2066", "\u2069", "\uFEFF", "\u00AD", "\u0301", "\u0327\u0301", "e\u0301", "\uD83D\uDE00", "\uD835\uDC00",
        "\uD800", "\uDFFF", "\uDBFF\uDBFF", "\uFFFD", "\uFFFF", "ﬁ", "Ａ", "Ⅻ", "½", "ß", "İ", "ǅ", "Ω",
    ];

    private static Gen<string> Piece { get; } = Gen.Frequency(
        (6, Gen.Elements(Clinical)),
        (3, Gen.Elements(Triggers)),
        (2, Gen.Elements(Headers).Select(h => "\n" + h + " ")),
        (3, Gen.Elements(Punctuation)),
        (5, Gen.Elements(Space)),
        (2, Gen.Elements(Awkward)),
        (2, Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString())));

    /// <summary>Notes of up to about 60 pieces (FsCheck's size grows over the run).</summary>
    public static Arbitrary<GeneratedNote> Notes() => Arb.From(
        Gen.Sized(size => Gen.Choose(0, Math.Max(1, size / 2 + 10)).SelectMany(n => Gen.ListOf(Piece, n)))
            .Select(pieces => new GeneratedNote(pieces.ToArray())),
        Shrink);

    private static IEnumerable<GeneratedNote> Shrink(GeneratedNote note)
    {
        var pieces = note.Pieces;
        if (pieces.Count > 1) yield return new GeneratedNote(pieces.Take(pieces.Count / 2).ToArray());
        if (pieces.Count > 1) yield return new GeneratedNote(pieces.Skip(pieces.Count / 2).ToArray());
        for (var i = 0; i < pieces.Count; i++) yield return new GeneratedNote(pieces.Where((_, k) => k != i).ToArray());
    }
}
