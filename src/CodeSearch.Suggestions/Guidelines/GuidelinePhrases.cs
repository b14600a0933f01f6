using CodeSearch.Suggestions.Data;
using CodeSearch.Suggestions.Matching;

namespace CodeSearch.Suggestions.Guidelines;

/// <summary>
/// Hand-written wording that by the ICD-10-CM Official Guidelines supports a status (Z90-Z95, Z99), long-term drug
/// use (Z79), drug resistance (Z16) or secondary-site (C77-C79) code the classification's descriptions and index do
/// not reach from everyday wording ("on insulin" → Z79.4, "MRSA" → Z16.11, "adrenal metastases" → C79.70).
/// Compiled into the ICD-10-CM dictionary as <see cref="TermSource.Guideline"/> terms (all words required).
/// </summary>
public static class GuidelinePhrases
{
    /// <summary>The embedded file's name.</summary>
    public const string FileName = "guideline-phrases.tsv";

    private static readonly Lazy<IReadOnlyList<GuidelinePhrase>> Embedded = new(() =>
    {
        using var reader = EmbeddedData.Open(FileName);
        return Read(reader);
    });

    /// <summary>The embedded list.</summary>
    public static IReadOnlyList<GuidelinePhrase> Default => Embedded.Value;

    /// <summary>Reads the list; a row whose phrase has no words other than stop words is rejected.</summary>
    public static IReadOnlyList<GuidelinePhrase> Read(TextReader reader)
    {
        var phrases = new List<GuidelinePhrase>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in TsvTable.Read(reader, FileName, ["phrase", "code", "notes"], 2))
        {
            var stems = WordSplitter.Words(row.Fields[0]).Where(w => !StopWords.Contains(w)).Select(Stemmer.Stem)
                .Distinct(StringComparer.Ordinal).ToArray();
            if (stems.Length == 0) throw new DataFileException(FileName, row.LineNumber, "the phrase has no words to match");
            var code = row.Fields[1].Replace(".", "", StringComparison.Ordinal).ToUpperInvariant();
            // "metastasis" and "metastases" may stem alike: one term is enough.
            if (!seen.Add(code + "|" + string.Join(' ', stems.Order(StringComparer.Ordinal)))) continue;
            phrases.Add(new GuidelinePhrase(stems, code, row.Fields[0]));
        }
        return phrases;
    }
}
