namespace CodeSearch.Core.Vocabulary;

/// <summary>One row of <c>regions.tsv</c>: a body region as people name it and a region phrase the titles use for it.</summary>
/// <param name="Word">One lower-case word as typed ("leg").</param>
/// <param name="Region">The words of the titles' region ("lower limb").</param>
public sealed record RegionWord(string Word, string Region);

/// <summary>
/// Body regions in everyday words and the multi-word regions the ICD-10-CM titles name them by
/// (<c>Vocabulary/Data/regions.tsv</c>, format in the folder's README.md): "leg" ↔ *lower limb*, *lower extremity*;
/// "armpit" ↔ *axilla*; "belly" ↔ *abdominal wall*; "both" ↔ *bilateral*. Search matches a query word's region phrase
/// as one of its forms (docs/search.md, "Regions").
/// </summary>
public sealed class RegionWords
{
    /// <summary>The embedded file name.</summary>
    public const string FileName = "regions.tsv";

    private static readonly Lazy<RegionWords> Embedded = new(() => Load(
        VocabularyFiles.Open(FileName) ?? throw new VocabularyFileException(FileName, 0, "embedded resource not found")));

    private RegionWords(List<RegionWord> rows) => Rows = rows;

    /// <summary>The file shipped in the assembly (loaded and validated once).</summary>
    public static RegionWords Default => Embedded.Value;

    /// <summary>Every row in file order.</summary>
    public IReadOnlyList<RegionWord> Rows { get; }

    /// <summary>Reads and validates the file; a malformed or repeated row throws <see cref="VocabularyFileException"/>.</summary>
    public static RegionWords Load(TextReader file)
    {
        var rows = new List<RegionWord>();
        var seen = new HashSet<(string, string)>();
        foreach (var row in VocabularyTsv.Read(file, FileName, ["word", "region", "notes"], 2))
        {
            var word = row.Fields[0].Trim();
            var region = string.Join(' ', row.Fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
            if (word.Length == 0 || word.Contains(' ') || word != word.ToLowerInvariant())
                throw new VocabularyFileException(FileName, row.LineNumber, "word must be one lower-case word");
            if (region.Length == 0 || region != region.ToLowerInvariant())
                throw new VocabularyFileException(FileName, row.LineNumber, "region must be lower-case words");
            if (!seen.Add((word, region))) throw new VocabularyFileException(FileName, row.LineNumber, $"'{word}' → '{region}' repeated");
            rows.Add(new RegionWord(word, region));
        }
        return new RegionWords(rows);
    }
}
