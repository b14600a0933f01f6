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
        HasFiller = terms.Values.Any(t => t.Readings[0] == VocabularyRewriter.Filler);
        _sorted = terms.Keys.Where(k => k.Contains(' ', StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        _byContentWords = terms.Values
            .Where(t => t.Curated && t.Kind == TermKind.Lay && t.Readings[0] != VocabularyRewriter.Filler && t.Readings[0] != t.Term)
            .Select(t => (Key: ContentKey(t.Term.Split(' ')), Term: t))
            .Where(p => p.Key is not null)
            .GroupBy(p => p.Key!, StringComparer.Ordinal)
            .Where(g => g.Select(p => p.Term.Readings[0]).Distinct(StringComparer.Ordinal).Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Term, StringComparer.Ordinal);
    }

    // Lay terms of two or more content words by their content words in order of the alphabet ("ringing in ears" →
    // "ears ringing"); a key two terms of different readings share is left out (a term and its form without small
    // words, "ringing in ears" and "ringing ears", read the same and keep it).
    private readonly Dictionary<string, VocabularyTerm> _byContentWords;

    /// <summary>Words that join the content words of a lay term ("ringing in the ears") and may be left out or moved.</summary>
    public static readonly IReadOnlySet<string> JoiningWords = new HashSet<string>(StringComparer.Ordinal)
        { "in", "of", "the", "my", "a", "an", "on", "at", "to", "with", "from", "during", "after", "when", "is", "are", "was" };

    /// <summary>
    /// The lay term whose content words are exactly those of <paramref name="words"/>, written in another order or with
    /// other joining words ("ears ringing" → ringing in ears, "heart pounding" → pounding heart), or null. The words
    /// must start and end with a content word and hold at least two.
    /// </summary>
    public VocabularyTerm? InOtherOrder(IReadOnlyList<string> words)
    {
        if (words.Count < 2 || JoiningWords.Contains(words[0]) || JoiningWords.Contains(words[^1])) return null;
        return ContentKey(words) is { } key ? _byContentWords.GetValueOrDefault(key) : null;
    }

    private static string? ContentKey(IReadOnlyList<string> words)
    {
        var content = words.Where(w => !JoiningWords.Contains(w)).Order(StringComparer.Ordinal).ToArray();
        return content.Length >= 2 && content.Distinct(StringComparer.Ordinal).Count() == content.Length ? string.Join(' ', content) : null;
    }

    // Terms of two or more words in ordinal order, for completing the word being typed.
    private readonly string[] _sorted;

    /// <summary>Whether some term reads as nothing (a filler phrase, <see cref="VocabularyRewriter.Filler"/>).</summary>
    public bool HasFiller { get; }

    /// <summary>
    /// The term of several words that <paramref name="words"/> start, its last word being typed ("sore thr" → sore
    /// throat): the words before the last are the term's, the last starts the term's last word. Of several, the one
    /// with the shortest last word, then the first in order; null when none (a filler never completes).
    /// </summary>
    public VocabularyTerm? Completing(string words)
    {
        var at = Array.BinarySearch(_sorted, words, StringComparer.Ordinal);
        if (at < 0) at = ~at;
        var count = words.Count(c => c == ' ') + 1;
        VocabularyTerm? best = null;
        for (; at < _sorted.Length && _sorted[at].StartsWith(words, StringComparison.Ordinal); at++)
        {
            var term = _terms[_sorted[at]];
            if (term.WordCount != count || term.Readings[0] == VocabularyRewriter.Filler) continue;
            if (best is null || term.Term.Length < best.Term.Length) best = term;
        }
        return best;
    }

    /// <summary>The vocabulary shipped in the assembly (loaded and validated once).</summary>
    public static ClinicalVocabulary Default => Embedded.Value;

    /// <summary>Every term.</summary>
    public IReadOnlyCollection<VocabularyTerm> Terms => _terms.Values;

    /// <summary>Every word of every term ("shortness of breath" gives shortness, of, breath), built on first use (two threads at once may both build it; either set is the same).</summary>
    public IReadOnlySet<string> TermWords => _termWords ??= _terms.Values.SelectMany(t => t.Term.Split(' ')).ToHashSet(StringComparer.Ordinal);

    private HashSet<string>? _termWords;

    /// <summary>Most words a term has.</summary>
    public int MaxWords { get; }

    /// <summary>The term written as <paramref name="words"/> (lower case, one space apart), or null.</summary>
    public VocabularyTerm? Find(string words) => _terms.GetValueOrDefault(words);

    /// <summary>Reads and validates the two files; a malformed row throws <see cref="VocabularyFileException"/>.</summary>
    public static ClinicalVocabulary Load(TextReader terms, TextReader abbreviations)
    {
        var byTerm = new Dictionary<string, (List<string> Readings, List<IReadOnlyList<string>> Contexts, TermKind Kind, bool Curated)>(StringComparer.Ordinal);
        foreach (var row in VocabularyTsv.Read(terms, VocabularyFiles.Terms, ["term", "means", "kind", "notes", "context"], 3))
        {
            var term = Words(row.Fields[0]);
            if (!Enum.TryParse<TermKind>(row.Fields[2], ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
                throw new VocabularyFileException(VocabularyFiles.Terms, row.LineNumber, $"kind '{row.Fields[2]}' is not abbreviation, lay, eponym, procedure, product, series or synonym");
            if (!byTerm.TryGetValue(term, out var entry)) byTerm[term] = entry = ([], [], kind, true);
            var reading = Words(row.Fields[1]);
            if (entry.Readings.Contains(reading))
                throw new VocabularyFileException(VocabularyFiles.Terms, row.LineNumber, $"'{term}' already reads '{reading}'");
            entry.Readings.Add(reading);
            entry.Contexts.Add(row.Fields.Length > 4 ? ContextWords(row.Fields[4]) : []);
        }
        foreach (var (abbreviation, readings) in AbbreviationReadings(abbreviations))
        {
            if (!byTerm.ContainsKey(abbreviation)) byTerm[abbreviation] = (readings.Select(r => r.Reading).ToList(), readings.Select(r => r.Context).ToList(), TermKind.Abbreviation, false);
        }
        var built = byTerm.ToDictionary(p => p.Key,
            p => new VocabularyTerm(p.Key, p.Value.Readings, p.Value.Kind, p.Value.Curated, p.Value.Contexts), StringComparer.Ordinal);
        AddConnectiveFreeForms(built);
        return new ClinicalVocabulary(built);
    }

    /// <summary>
    /// Small words a person leaves out of a phrase the vocabulary writes with them ("ringing ears" for "ringing in
    /// ears", "pain neck" for "pain in the neck"): docs/search.md, "A term written without its small words".
    /// </summary>
    public static readonly IReadOnlySet<string> ConnectiveWords = new HashSet<string>(["in", "on", "the", "of", "my", "a", "an", "at"], StringComparer.Ordinal);

    // Each curated term holding connective words also answers without them, with the same readings, when that form
    // keeps two words or more and is not a term of its own (the first term in order keeps a form two terms share).
    private static void AddConnectiveFreeForms(Dictionary<string, VocabularyTerm> terms)
    {
        var added = new Dictionary<string, VocabularyTerm>(StringComparer.Ordinal);
        foreach (var term in terms.Values)
        {
            if (!term.Curated || term.ReadsAsWritten || term.Readings[0] == VocabularyRewriter.Filler) continue;
            var words = term.Term.Split(' ');
            var kept = words.Where(w => !ConnectiveWords.Contains(w)).ToArray();
            if (kept.Length == words.Length || kept.Length < 2) continue;
            var form = string.Join(' ', kept);
            if (terms.ContainsKey(form) || added.ContainsKey(form)) continue;
            added[form] = term with { Term = form };
        }
        foreach (var (form, term) in added) terms[form] = term;
    }

    // Per abbreviation of the suggestion list: its reading without context (the last row) first, then each earlier
    // expansion whose rules name context words ("near:murmur|valve", "prev:on"), with those words. Rules search cannot
    // check (letter case, section headers) are ignored; a row that has only those adds nothing.
    private static Dictionary<string, List<(string Reading, IReadOnlyList<string> Context)>> AbbreviationReadings(TextReader abbreviations)
    {
        var rows = new Dictionary<string, List<(string Expansion, IReadOnlyList<string> Context)>>(StringComparer.Ordinal);
        foreach (var row in VocabularyTsv.Read(abbreviations, VocabularyFiles.Abbreviations, ["abbreviation", "expansion", "context_required", "notes"], 3))
        {
            var key = Words(row.Fields[0]);
            if (!rows.TryGetValue(key, out var list)) rows[key] = list = [];
            var context = row.Fields[2].Split(',', StringSplitOptions.TrimEntries)
                .Where(rule => rule.StartsWith("near:", StringComparison.Ordinal) || rule.StartsWith("prev:", StringComparison.Ordinal))
                .SelectMany(rule => ContextWords(rule[5..])).ToList();
            list.Add((Words(row.Fields[1]), context));
        }
        return rows.ToDictionary(p => p.Key, p =>
        {
            var readings = new List<(string Reading, IReadOnlyList<string> Context)> { (p.Value[^1].Expansion, []) };
            foreach (var (expansion, context) in p.Value.Take(p.Value.Count - 1))
            {
                if (context.Count > 0 && readings.All(r => r.Reading != expansion)) readings.Add((expansion, context));
            }
            return readings;
        }, StringComparer.Ordinal);
    }

    // "murmur|valve" → murmur, valve (lower case).
    private static List<string> ContextWords(string text) =>
        text.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(w => w.ToLowerInvariant()).ToList();

    /// <summary>Lower case, white space folded to one space.</summary>
    public static string Words(string text) =>
        string.Join(' ', text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
