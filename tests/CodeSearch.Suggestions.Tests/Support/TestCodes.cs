using CodeSearch.Core;
using CodeSearch.Suggestions.Assertion;
using CodeSearch.Suggestions.Learned;
using CodeSearch.Suggestions.Matching;
using CodeSearch.Suggestions.Pipeline;
using CodeSearch.Suggestions.Ranking;

namespace CodeSearch.Suggestions.Tests.Support;

/// <summary>Hand-made ICD-10-CM codes and small dictionaries for matching and pipeline tests.</summary>
internal static class TestCodes
{
    public const string Release = "FY2026";

    /// <summary>A billable code (or a header when <paramref name="billable"/> is false) of FY2026.</summary>
    public static MedicalCode Icd(string code, string description, bool billable = true, string? parent = null, int order = 0) =>
        new()
        {
            System = CodeSystemId.Icd10Cm, Code = code, Description = description,
            Kind = billable ? CodeKind.Code : CodeKind.Header, Billable = billable, ParentCode = parent,
            Order = order, ReleaseId = Release,
        };

    /// <summary>Numbers codes in list order (official order) and builds a dictionary.</summary>
    public static TermDictionary Dictionary(IEnumerable<MedicalCode> codes,
        Func<MedicalCode, IEnumerable<string>>? synonyms = null, IEnumerable<LearnedTerm>? learned = null,
        float indexedCoverage = DictionaryBuilder.DefaultIndexedCoverage)
    {
        var ordered = codes.Select((c, i) => c.Order > 0 ? c : c with { Order = i + 1 }).ToList();
        return DictionaryBuilder.Build(CodeSystemId.Icd10Cm, ordered, synonyms ?? (_ => []), learned ?? [], indexedCoverage);
    }

    /// <summary>
    /// A note's sentences and its wording candidates (mentions grouped by code, each mention given
    /// <paramref name="assertion"/>), the input of the recall rules that build on what the wording found.
    /// </summary>
    public static (IReadOnlyList<NoteSentence> Sentences, List<CodeCandidate> Candidates) WordingCandidates(TermDictionary dictionary,
        string text, AssertionKind assertion = AssertionKind.Present, NoteReader? reader = null)
    {
        var sentences = (reader ?? new NoteReader()).Read(text, dictionary.Vocabulary, CancellationToken.None);
        var mentions = sentences.SelectMany((s, i) => MentionFinder.Find(dictionary, s, i)).Select(m => m with { Assertion = assertion });
        var candidates = mentions.GroupBy(m => m.Term.CodePosition)
            .Select(g => new CodeCandidate(dictionary.Codes[g.Key], g.ToList())).ToList();
        return (sentences, candidates);
    }

    /// <summary>The stem ids a sentence would give: folded words, stop words dropped, unknown stems -1.</summary>
    public static int[] Stems(TermDictionary dictionary, string text) =>
        WordSplitter.Words(text).Where(w => !StopWords.Contains(w))
            .Select(w => dictionary.Vocabulary.Find(Stemmer.Stem(w))).ToArray();

    /// <summary>The terms of a code.</summary>
    public static IEnumerable<Term> TermsOf(TermDictionary dictionary, string code) =>
        dictionary.Terms.Where(t => dictionary.Codes[t.CodePosition].Code == code);

    /// <summary>Distinct filler codes, each with one unique made-up word, so real words become rare.</summary>
    public static IEnumerable<MedicalCode> Filler(int count) =>
        Enumerable.Range(0, count).Select(i => Icd($"Z{i:D4}", $"Zq{Letters(i)}x disorder{Letters(i)}q"));

    private static string Letters(int i) => new(new[] { (char)('a' + i / 26 % 26), (char)('a' + i % 26) });
}
