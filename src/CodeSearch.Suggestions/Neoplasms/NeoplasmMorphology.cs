using CodeSearch.Core.Reference;
using CodeSearch.Suggestions.Matching;

namespace CodeSearch.Suggestions.Neoplasms;

/// <summary>
/// A one-word main term of the Alphabetic Index that sends the coder to the Neoplasm Table ("Sarcoma: see also
/// Neoplasm, connective tissue, malignant"; "Meningioma: see also Neoplasm, meninges, benign"; "Osteochondroma: see
/// Neoplasm, bone, benign"; "Angioendothelioma: see Neoplasm, uncertain behavior, by site"): the column it names, and
/// the site row it names when the note states no site (null for "by site"). docs/suggestions.md, "Neoplasm Table".
/// </summary>
/// <param name="Stem">The main term's stem ("sarcoma" for Sarcoma and sarcomas).</param>
/// <param name="Title">The main term as printed, for the rationale.</param>
/// <param name="Behaviour">The column the pointer names.</param>
/// <param name="DefaultSite">The site row the pointer names, or null.</param>
public sealed record NeoplasmMorphology(string Stem, string Title, NeoplasmBehaviour Behaviour, NeoplasmSite? DefaultSite);

/// <summary>Reads <see cref="NeoplasmMorphology"/> pointers from the Alphabetic Index.</summary>
internal static class NeoplasmMorphologies
{
    private const string Prefix = "Neoplasm,";

    /// <summary>The morphology a Diseases main term's "see"/"see also" names, or null: not a one-word main term, no
    /// pointer to the Neoplasm Table, or no column named ("Growth: see Neoplasm").</summary>
    /// <param name="entry">A main term of the Diseases index.</param>
    /// <param name="siteOf">The level-1 site row of the table with these stems (sorted, distinct), or null.</param>
    public static NeoplasmMorphology? Read(AlphabeticIndexEntry entry, Func<string, NeoplasmSite?> siteOf)
    {
        if (entry.Index != AlphabeticIndexKind.Diseases || entry.Level != 0 || entry.Path.Count != 1) return null;
        var pointer = (entry.See ?? entry.SeeAlso)?.Trim();
        if (pointer is null || !pointer.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)) return null;
        var words = WordSplitter.Words(entry.Path[0]);
        if (words.Count != 1) return null;
        NeoplasmBehaviour? behaviour = null;
        NeoplasmSite? site = null;
        foreach (var raw in pointer[Prefix.Length..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var part = StripParentheses(raw).ToLowerInvariant();
            if (Behaviour(part) is { } b) behaviour = b;
            else if (part != "by site" && part.Length > 0) site = siteOf(SiteKey(part));
        }
        return behaviour is { } found ? new NeoplasmMorphology(Stemmer.Stem(words[0]), entry.Path[0], found, site) : null;
    }

    /// <summary>The key of a site's wording: its stems, distinct, sorted, space-joined (as <see cref="NeoplasmSite.Stems"/>).</summary>
    public static string SiteKey(string text) => string.Join(' ', WordSplitter.Words(text)
        .Where(w => !StopWords.Contains(w) && w is not ("nec" or "nos")).Select(Stemmer.Stem).Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal));

    private static NeoplasmBehaviour? Behaviour(string part) => part switch
    {
        "malignant" => NeoplasmBehaviour.Primary,
        "benign" => NeoplasmBehaviour.Benign,
        "in situ" => NeoplasmBehaviour.InSitu,
        "uncertain behavior" or "uncertain behaviour" => NeoplasmBehaviour.Uncertain,
        "unspecified behavior" or "unspecified behaviour" => NeoplasmBehaviour.Unspecified,
        "secondary" or "malignant secondary" => NeoplasmBehaviour.Secondary,
        _ => null,
    };

    private static string StripParentheses(string text)
    {
        var open = text.IndexOf('(');
        return (open < 0 ? text : text[..open]).Trim();
    }
}
