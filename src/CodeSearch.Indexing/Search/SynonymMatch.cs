using CodeSearch.Core;
using CodeSearch.Core.Reference;
using CodeSearch.Indexing.Analysis;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// Provenance of a text hit: when the code's own descriptions do not hold every query word (stop words aside), the
/// index or inclusion term that does (e.g. "Attack heart" for "heart attack" on I21.9), or else the terms that
/// together supply the missing words. A word counts in any of its forms (<see cref="WordForms"/>). A hit of the relaxed
/// tier, which may hold some words nowhere, is given one only when its own descriptions hold none of the words: that
/// is when the terms explain why it is listed, and it spares the costly term lookup for the others. Which words the
/// code's own descriptions hold comes from the caller (<see cref="OwnWords"/> reads it from the index postings).
/// </summary>
internal static class SynonymMatch
{
    /// <param name="words">The query's words.</param>
    /// <param name="code">The hit.</param>
    /// <param name="ownHeld">Per word of <paramref name="words"/>: whether the code's own descriptions hold it.</param>
    /// <param name="reference">Index and inclusion terms.</param>
    /// <param name="relaxed">Whether the hit comes from the relaxed tier.</param>
    public static string? Find(QueryWords words, MedicalCode code, bool[] ownHeld, ReferenceLookup reference, bool relaxed = false) =>
        Find(words, code, ownHeld, reference.SynonymsFor, relaxed);

    /// <param name="words">The query's words.</param>
    /// <param name="code">The hit.</param>
    /// <param name="ownHeld">Per word of <paramref name="words"/>: whether the code's own descriptions hold it.</param>
    /// <param name="synonymsFor">The index and inclusion terms of a code (<see cref="ReferenceLookup.SynonymsFor"/>, or kept ones).</param>
    /// <param name="relaxed">Whether the hit comes from the relaxed tier.</param>
    public static string? Find(QueryWords words, MedicalCode code, bool[] ownHeld, Func<MedicalCode, IReadOnlyList<string>> synonymsFor, bool relaxed = false) =>
        new Words(words).Find(code, ownHeld, synonymsFor, relaxed);

    /// <summary>
    /// A query's words read once for the provenance of every hit of a page:
    /// each word's forms and probes are the same for every hit, and working them out per hit (lists, LINQ) was a
    /// tenth of the provenance's time.
    /// </summary>
    internal sealed class Words
    {
        private readonly QueryWords _words;
        private readonly int[] _required;
        private readonly IReadOnlyList<string[]>?[] _forms;
        private readonly string[]?[] _probes;
        private readonly string?[] _american;
        private readonly bool[] _americanKnown;

        public Words(QueryWords words)
        {
            _words = words;
            var count = words.Tokens.Count;
            _required = Enumerable.Range(0, count).Where(words.IsRequired).ToArray();
            _forms = new IReadOnlyList<string[]>?[count];
            _probes = new string[]?[count];
            _american = new string?[count];
            _americanKnown = new bool[count];
        }

        /// <inheritdoc cref="SynonymMatch.Find(QueryWords, MedicalCode, bool[], Func{MedicalCode, IReadOnlyList{string}}, bool)"/>
        public string? Find(MedicalCode code, bool[] ownHeld, Func<MedicalCode, IReadOnlyList<string>> synonymsFor, bool relaxed = false)
        {
            var missing = new List<int>(_required.Length);
            foreach (var i in _required)
            {
                if (!ownHeld[i]) missing.Add(i);
            }
            if (missing.Count == 0 || (relaxed && missing.Count < _required.Length)) return null;
            var synonyms = synonymsFor(code);
            if (synonyms.Count == 0) return null;
            // Each term is analysed at most once, and only when it is first needed: most hits stop at the first term.
            // Only terms that contain the start of a missing word (case and accents ignored) are analysed.
            var stems = new string[]?[synonyms.Count];
            var probed = new bool[synonyms.Count];
            string[]? StemsOf(int k)
            {
                if (probed[k]) return stems[k];
                probed[k] = true;
                return stems[k] = AnyProbe(synonyms[k], missing) ? Stems(synonyms[k]) : null;
            }
            for (var k = 0; k < synonyms.Count; k++)
            {
                if (StemsOf(k) is { } held && CoversAll(held, missing)) return synonyms[k];
            }
            // No single term holds every missing word: name the terms that together supplied some of them.
            List<string>? used = null;
            for (var k = 0; k < synonyms.Count && missing.Count > 0; k++)
            {
                if (StemsOf(k) is { } held && missing.RemoveAll(i => Covered(held, i, prefix: false)) > 0) (used ??= []).Add(synonyms[k]);
            }
            return used is null ? null : string.Join("; ", used);
        }

        private bool CoversAll(string[] held, List<int> missing)
        {
            foreach (var i in missing)
            {
                if (!Covered(held, i, prefix: true)) return false;
            }
            return true;
        }

        private bool AnyProbe(string text, List<int> missing)
        {
            foreach (var i in missing)
            {
                foreach (var probe in ProbesOf(i))
                {
                    if (Contains(text, probe)) return true;
                }
            }
            return false;
        }

        private IReadOnlyList<string[]> FormsOf(int i) => _forms[i] ??= WordForms.Of(_words.Tokens[i].Stemmed);

        private string? AmericanOf(int i)
        {
            if (_americanKnown[i]) return _american[i];
            _americanKnown[i] = true;
            return _american[i] = SpellingVariants.American(_words.Tokens[i].Raw, prefix: true);
        }

        // Every word covering word i starts with one of these (its forms and what is typed only change their endings).
        private string[] ProbesOf(int i)
        {
            if (_probes[i] is { } known) return known;
            var word = _words.Tokens[i];
            var starts = FormsOf(i).Select(f => f[0]).Append(word.Raw);
            if (AmericanOf(i) is { } american) starts = starts.Append(american);
            return _probes[i] = starts.Select(s => s.Length > ProbeLength ? s[..ProbeLength] : s).ToArray();
        }

        // A word is covered by a form of it, or, for the word being typed, by a word it starts.
        private bool Covered(string[] stems, int i, bool prefix)
        {
            foreach (var form in FormsOf(i))
            {
                if (AllHeld(stems, form)) return true;
            }
            if (!prefix || !_words.IsCompletion(i)) return false;
            var raw = _words.Tokens[i].Raw;
            var american = AmericanOf(i);
            foreach (var s in stems)
            {
                if (s.StartsWith(raw, StringComparison.Ordinal) || (american is not null && s.StartsWith(american, StringComparison.Ordinal))) return true;
            }
            return false;
        }

        private static bool AllHeld(string[] stems, string[] form)
        {
            foreach (var w in form)
            {
                if (Array.IndexOf(stems, w) < 0) return false;
            }
            return true;
        }
    }

    private const int ProbeLength = 4;

    // Case ignored, ordinally. The build runs in invariant globalization mode (Directory.Build.props), where a culture
    // comparison ignoring case and accents is this same ordinal comparison (accents are not ignored there), but done char
    // by char; the ordinal one is vectorised for an ASCII probe: a twentieth of an uncached search on the cold set.
    private static bool Contains(string text, string probe) => text.Contains(probe, StringComparison.OrdinalIgnoreCase);

    // Terms recur across searches (the same codes come back for related queries) and analysing one is the dear part:
    // their words are kept (bounded; cleared when full), never changed once made.
    private const int MaxKeptTerms = 8_192;
    // A term has a handful of words: an array searched in turn is cheaper to make and to ask than a hash set.
    private static readonly BoundedCache<string, string[]> KeptStems = new(MaxKeptTerms, StringComparer.Ordinal);

    private static string[] Stems(string text)
    {
        if (KeptStems.TryGetValue(text, out var known)) return known;
        var tokens = QueryTokens.Analyze(text);
        // A word whose stem is itself is held once: the array is asked whether it holds a word, not how often.
        var stems = new List<string>(tokens.Count * 2);
        foreach (var token in tokens)
        {
            stems.Add(token.Stemmed);
            if (token.Raw != token.Stemmed) stems.Add(token.Raw);
        }
        return KeptStems.GetOrAdd(text, stems.ToArray());
    }
}
