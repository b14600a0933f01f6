namespace CodeSearch.Core.Vocabulary;

/// <summary>
/// The clinical vocabulary search reads queries with: <c>terms.tsv</c> (abbreviations with ranked readings, lay terms,
/// eponyms) and the default reading of every abbreviation of <c>abbreviations.tsv</c> that <c>terms.tsv</c> does not
/// list (the last row of the abbreviation: the reading that holds without context). Formats in
/// <c>Vocabulary/Data/README.md</c>.
/// </summary>
public sealed class ClinicalVocabulary
{
    private static readonly Lazy<ClinicalVocabulary> Embedded = new(() => Load(
        VocabularyFiles.Open(VocabularyFiles.Terms) ?? throw new VocabularyFileException(VocabularyFiles.Terms, 0, "embedded resource not found"),
        VocabularyFiles.Open(VocabularyFiles.Abbreviations) ?? throw new VocabularyFileException(VocabularyFiles.Abbreviations, 0, "embedded resource not found")));

    private readonly Dictionary<string, VocabularyTerm> _terms;

    private ClinicalVocabulary(Dictionary<string, VocabularyTerm> terms)
    {
        _terms = terms;
        MaxWords = terms.Count == 0 ? 1 : terms.Values.Max(t => t.WordCount);
    }

    /// <summary>The vocabulary shipped in the assembly (loaded and validated once).</summary>
    public static ClinicalVocabulary Default => Embedded.Value;

    /// <summary>Every term.</summary>
    public IReadOnlyCollection<VocabularyTerm> Terms => _terms.Values;

    /// <summary>Most words a term has.</summary>
    public int MaxWords { get; }

    /// <summary>The term written as <paramref name="words"/> (lower case, one space apart), or null.</summary>
    public VocabularyTerm? Find(string words) => _terms.GetValueOrDefault(words);

    /// <summary>Reads and validates the two files; a malformed row throws <see cref="VocabularyFileException"/>.</summary>
    public static ClinicalVocabulary Load(TextReader terms, TextReader abbreviations)
    {
        var byTerm = new Dictionary<string, (List<string> Readings, TermKind Kind, bool Curated)>(StringComparer.Ordinal);
        foreach (var row in VocabularyTsv.Read(terms, VocabularyFiles.Terms, ["term", "means", "kind", "notes"], 3))
        {
            var term = Words(row.Fields[0]);
            if (!Enum.TryParse<TermKind>(row.Fields[2], ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
                throw new VocabularyFileException(VocabularyFiles.Terms, row.LineNumber, $"kind '{row.Fields[2]}' is not abbreviation, lay, eponym, procedure or product");
            if (!byTerm.TryGetValue(term, out var entry)) byTerm[term] = entry = ([], kind, true);
            var reading = Words(row.Fields[1]);
            if (entry.Readings.Contains(reading))
                throw new VocabularyFileException(VocabularyFiles.Terms, row.LineNumber, $"'{term}' already reads '{reading}'");
            entry.Readings.Add(reading);
        }
        var defaults = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in VocabularyTsv.Read(abbreviations, VocabularyFiles.Abbreviations, ["abbreviation", "expansion", "context_required", "notes"], 3))
        {
            defaults[Words(row.Fields[0])] = Words(row.Fields[1]); // the last row of an abbreviation is its reading without context
        }
        foreach (var (abbreviation, expansion) in defaults)
        {
            if (!byTerm.ContainsKey(abbreviation)) byTerm[abbreviation] = ([expansion], TermKind.Abbreviation, false);
        }
        return new ClinicalVocabulary(byTerm.ToDictionary(p => p.Key, p => new VocabularyTerm(p.Key, p.Value.Readings, p.Value.Kind, p.Value.Curated), StringComparer.Ordinal));
    }

    /// <summary>Lower case, white space folded to one space.</summary>
    public static string Words(string text) =>
        string.Join(' ', text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
