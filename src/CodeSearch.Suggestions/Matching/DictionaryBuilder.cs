using CodeSearch.Core;
using CodeSearch.Suggestions.Learned;

namespace CodeSearch.Suggestions.Matching;

/// <summary>
/// Compiles a release's codes, their synonyms and the learned phrases into a <see cref="TermDictionary"/>.
/// Stem weights are inverse document frequencies over all terms; stems in more than
/// <see cref="CommonStemShare"/> of terms are not used to find candidates (they still count for coverage).
/// A term is posted only under its heaviest rare stems, as many as it takes for their weight to exceed
/// 1 − the indexed coverage (<see cref="DefaultIndexedCoverage"/>) of the term's (prefix filtering, as in set-similarity joins): a sentence holding
/// none of them cannot cover that share of the term, so it need not look at it. This finds exactly
/// the terms that posting every rare stem would, while each sentence looks at far fewer.
/// </summary>
public static class DictionaryBuilder
{
    /// <summary>Share of terms above which a stem is too common to find candidates with.</summary>
    public const double CommonStemShare = 0.02;

    /// <summary>The least coverage <see cref="TermDictionary.Match"/> may be asked for unless the dictionary is built
    /// for less (learned terms need all their words whatever it is).</summary>
    public const float DefaultIndexedCoverage = 0.6f;

    /// <summary>Builds the dictionary; <paramref name="synonyms"/> gives a code's synonyms (may be empty).</summary>
    public static TermDictionary Build(CodeSystemId system, IReadOnlyList<MedicalCode> codes,
        Func<MedicalCode, IEnumerable<string>> synonyms, IEnumerable<LearnedTerm> learned, float indexedCoverage = DefaultIndexedCoverage,
        IEnumerable<Guidelines.GuidelinePhrase>? guideline = null, Procedures.ComposedProcedures? composed = null)
    {
        var table = codes.ToArray();
        var position = new Dictionary<string, int>(table.Length, StringComparer.Ordinal);
        for (var i = 0; i < table.Length; i++) position.TryAdd(table[i].Code, i);

        var vocabulary = new Vocabulary();
        var raw = new TermTable.Builder(table);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < table.Length; i++)
        {
            seen.Clear();
            AddText(i, table[i].Description, TermSource.Description);
            foreach (var synonym in synonyms(table[i])) AddText(i, synonym, TermSource.Synonym);
        }
        var ownLearned = learned.Where(l => l.System == system).ToList();
        var prefixes = PcsPrefixes.For(system, table, ownLearned.Select(l => l.Code).Where(c => !position.ContainsKey(c)));
        int kept = 0, underPrefix = 0, notInRelease = 0, empty = 0;
        foreach (var l in ownLearned)
        {
            if (l.Stems.Length == 0) { empty++; continue; }
            if (position.TryGetValue(l.Code, out var at)) kept++;
            else if (prefixes.TryGetValue(l.Code, out at)) underPrefix++;
            else { notInRelease++; continue; }
            var required = l.Stems.Select(vocabulary.Add).Distinct().ToArray();
            raw.Add(at, string.Join(' ', l.Stems), TermSource.Learned, required, [], l.Precision, l.Support);
        }
        var report = new LearnedTermReport(kept, underPrefix, notInRelease, empty);
        foreach (var g in guideline ?? [])
        {
            if (!position.TryGetValue(g.Code, out var at)) continue;
            raw.Add(at, g.Text, TermSource.Guideline, g.Stems.Select(vocabulary.Add).Distinct().ToArray(), []);
        }
        foreach (var c in composed?.Terms ?? [])
        {
            if (!position.TryGetValue(c.Code, out var at)) continue;
            raw.Add(at, c.Text, TermSource.Composed, c.Stems.Select(vocabulary.Add).Distinct().ToArray(), []);
        }

        var count = raw.Count;
        var df = new int[vocabulary.Count];
        for (var t = 0; t < count; t++) foreach (var s in raw.Required(t)) df[s]++;
        var total = Math.Max(1, count);
        var idf = df.Select(d => (float)Math.Log(1 + (double)total / Math.Max(1, d))).ToArray();
        var anchor = df.Select(d => d <= total * CommonStemShare).ToArray();

        var stems = new TermStems.Builder(count);
        var postings = new List<int>[vocabulary.Count];
        var commonOnly = new List<int>();
        // Terms with equal stems share one run of the pools: a code's 7th-character variants drop the encounter words
        // and so have the same stems (ICD-10-CM: 177,146 terms, 119,919 distinct required stem lists). Keyed by the
        // first term holding the stems.
        var runs = new Dictionary<int, int>(new SameStems(raw));
        var weights = new List<float>();
        for (var t = 0; t < count; t++)
        {
            var required = raw.Required(t);
            weights.Clear();
            foreach (var s in required) weights.Add(idf[s]);
            var w = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(weights);
            var sum = Term.SumOf(w);
            if (!runs.TryGetValue(t, out var at)) runs[t] = at = stems.AddRun(required, w, sum);
            var source = raw.Source(t);
            stems.AddTerm(at, TermStems.NeedsAll(source));
            var posted = PostedStems(required, w, sum, source, anchor, indexedCoverage);
            foreach (var s in posted) (postings[s] ??= []).Add(t);
            if (posted.Count == 0) commonOnly.Add(t);
        }
        runs.Clear();
        return new TermDictionary(system, table, raw.Build(stems.Build()), vocabulary, postings, anchor, commonOnly.ToArray(), indexedCoverage)
        {
            LearnedTerms = report, Approaches = composed?.Approaches ?? Procedures.PcsApproachMap.Empty,
        };

        // The heaviest rare stems of the term until the rest weigh less than the coverage it needs (with a margin
        // for float rounding); all of its rare stems when that point is never reached.
        static List<int> PostedStems(ReadOnlySpan<int> required, ReadOnlySpan<float> weights, float total, TermSource source,
            bool[] anchor, float indexedCoverage)
        {
            var needed = TermStems.NeedsAll(source) ? Math.Max(0.999f, indexedCoverage) : indexedCoverage;
            var rest = total;
            var posted = new List<int>();
            var order = new List<int>(required.Length);
            for (var i = 0; i < required.Length; i++)
            {
                if (anchor[required[i]]) order.Add(i);
            }
            var (r, w) = (required.ToArray(), weights.ToArray());
            foreach (var i in order.OrderByDescending(i => w[i]).ThenBy(i => r[i]))
            {
                posted.Add(r[i]);
                rest -= w[i];
                if (rest < needed * total * 0.999f) break;
            }
            return posted;
        }

        void AddText(int code, string text, TermSource source)
        {
            var parsed = TermParser.Parse(text);
            var required = parsed.Required.Select(w => vocabulary.Add(Stemmer.Stem(w))).Distinct().ToArray();
            if (required.Length == 0) return;
            var key = string.Join(',', required.Order());
            if (!seen.Add(key)) return;
            var optional = parsed.Optional.Select(w => vocabulary.Add(Stemmer.Stem(w))).Distinct().Except(required).ToArray();
            raw.Add(code, text, source, required, optional);
        }
    }

    // Terms (by number) with the same required stems in the same order.
    private sealed class SameStems(TermTable.Builder terms) : IEqualityComparer<int>
    {
        public bool Equals(int x, int y) => terms.Required(x).SequenceEqual(terms.Required(y));

        public int GetHashCode(int t)
        {
            var hash = new HashCode();
            hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(terms.Required(t)));
            return hash.ToHashCode();
        }
    }
}
