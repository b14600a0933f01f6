using CodeSearch.Suggestions.Data;
using CodeSearch.Suggestions.Matching;

namespace CodeSearch.Suggestions.Neoplasms;

/// <summary>
/// The hand-written neoplasm wording of Data/neoplasm-words.tsv: head nouns and modifiers with the Neoplasm Table
/// column they select, fillers and links, and other ways of writing a site ("osseous" → bone). Words are folded
/// (lower-case ASCII) as <see cref="WordSplitter"/> gives them; a role may span two words ("in situ").
/// </summary>
public sealed class NeoplasmWords
{
    /// <summary>The embedded file's name.</summary>
    public const string FileName = "neoplasm-words.tsv";

    private static readonly Lazy<NeoplasmWords> Embedded = new(() =>
    {
        using var reader = EmbeddedData.Open(FileName);
        return Read(reader);
    });

    private readonly Dictionary<string, NeoplasmWordRole> _roles;
    private readonly Dictionary<string, NeoplasmWordRole> _pairs;
    private readonly Dictionary<string, string[]> _sites;

    private NeoplasmWords(Dictionary<string, NeoplasmWordRole> roles, Dictionary<string, NeoplasmWordRole> pairs,
        Dictionary<string, string[]> sites)
    {
        _roles = roles;
        _pairs = pairs;
        _sites = sites;
    }

    /// <summary>The embedded list.</summary>
    public static NeoplasmWords Default => Embedded.Value;

    /// <summary>The role of a one-word entry, or <see cref="NeoplasmWordRole.None"/>.</summary>
    public NeoplasmWordRole RoleOf(string folded) => _roles.GetValueOrDefault(folded);

    /// <summary>The role of a two-word entry ("in situ"), or <see cref="NeoplasmWordRole.None"/>.</summary>
    public NeoplasmWordRole RoleOf(string first, string second) => _pairs.GetValueOrDefault(first + " " + second);

    /// <summary>The table stems a site word stands for: its alias's stems, or its own stem.</summary>
    public string[] SiteStems(string folded) => _sites.TryGetValue(folded, out var stems) ? stems
        : RoleOf(folded) == NeoplasmWordRole.NotSite ? [] : [Stemmer.Stem(folded)];

    /// <summary>Reads the list; an unknown role or a phrase of more than two words is rejected.</summary>
    public static NeoplasmWords Read(TextReader reader)
    {
        var roles = new Dictionary<string, NeoplasmWordRole>(StringComparer.Ordinal);
        var pairs = new Dictionary<string, NeoplasmWordRole>(StringComparer.Ordinal);
        var sites = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var row in TsvTable.Read(reader, FileName, ["word", "role"], 2))
        {
            var words = WordSplitter.Words(row.Fields[0]);
            var role = row.Fields[1];
            if (role.StartsWith("site:", StringComparison.Ordinal))
            {
                var stems = WordSplitter.Words(role["site:".Length..]).Where(w => !StopWords.Contains(w)).Select(Stemmer.Stem).ToArray();
                if (words.Count != 1 || stems.Length == 0) throw new DataFileException(FileName, row.LineNumber, "a site alias is one word naming table words");
                sites[words[0]] = stems;
                continue;
            }
            var parsed = Parse(role) ?? throw new DataFileException(FileName, row.LineNumber, $"unknown role '{role}'");
            switch (words.Count)
            {
                case 1: roles[words[0]] = parsed; break;
                case 2: pairs[words[0] + " " + words[1]] = parsed; break;
                default: throw new DataFileException(FileName, row.LineNumber, "a word entry has one or two words");
            }
        }
        return new NeoplasmWords(roles, pairs, sites);
    }

    private static NeoplasmWordRole? Parse(string role) => role switch
    {
        "primary" => NeoplasmWordRole.Primary,
        "secondary" => NeoplasmWordRole.Secondary,
        "unspecified" => NeoplasmWordRole.Unspecified,
        "alternative" => NeoplasmWordRole.Alternative,
        "benignhead" => NeoplasmWordRole.BenignHead,
        "malignant" => NeoplasmWordRole.Malignant,
        "benign" => NeoplasmWordRole.Benign,
        "insitu" => NeoplasmWordRole.InSitu,
        "uncertain" => NeoplasmWordRole.Uncertain,
        "metastatic" => NeoplasmWordRole.Metastatic,
        "secondarymod" => NeoplasmWordRole.SecondaryModifier,
        "filler" => NeoplasmWordRole.Filler,
        "link" => NeoplasmWordRole.Link,
        "from" => NeoplasmWordRole.From,
        "notafter" => NeoplasmWordRole.NotAfter,
        "notsite" => NeoplasmWordRole.NotSite,
        _ => null,
    };
}
