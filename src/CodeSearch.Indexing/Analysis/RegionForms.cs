using CodeSearch.Core.Vocabulary;

namespace CodeSearch.Indexing.Analysis;

/// <summary>
/// The region phrases of an everyday body-region word (<see cref="RegionWords"/>, <c>regions.tsv</c>), in analysed,
/// stemmed form: "leg" → *lower limb*, *lower extremity*; "armpit" → *axilla*; "both" → *bilateral*. A query word also
/// matches them (<see cref="WordForms"/>) at <see cref="WordForms.OrganFormWeight"/>, so `cellulitis left leg` finds
/// L03.116 *Cellulitis of left lower limb* while `pain in left leg` keeps M79.605 *Pain in left leg* first. Analysed
/// once, on first use.
/// </summary>
public static class RegionForms
{
    private static readonly Lazy<Dictionary<string, string[][]>> Table = new(() => Build(RegionWords.Default));

    /// <summary>The region phrases of a stemmed query word; empty when it names no region of the table.</summary>
    public static string[][] Of(string stemmed) => Table.Value.GetValueOrDefault(stemmed) ?? [];

    /// <summary>Whether <paramref name="form"/> is one of <see cref="Of"/>'s phrases of <paramref name="stemmed"/>.</summary>
    public static bool IsRegionOf(string stemmed, string[] form) =>
        Table.Value.TryGetValue(stemmed, out var regions) && regions.Any(r => r.AsSpan().SequenceEqual(form));

    /// <summary>The table of <paramref name="rows"/>, keyed by the stemmed word (tests pass a fixture).</summary>
    internal static Dictionary<string, string[][]> Build(RegionWords rows)
    {
        var table = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        foreach (var row in rows.Rows)
        {
            var word = QueryTokens.Analyze(row.Word);
            var region = QueryTokens.Analyze(row.Region).Select(t => t.Stemmed).ToArray();
            if (word.Count != 1 || region.Length == 0) continue;
            if (!table.TryGetValue(word[0].Stemmed, out var list)) table[word[0].Stemmed] = list = [];
            list.Add(region);
        }
        return table.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }
}
