using CodeSearch.Indexing.Analysis;
using Lucene.Net.Index;
using static CodeSearch.Indexing.LuceneSchema;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// Other ways to read a word query that listed fewer than <see cref="MinResults"/> codes (docs/search.md, "A short
/// list is filled"), tried in this order, each searched like a query of its own and its new codes listed after the ones
/// found: the last word as being typed ("feeling faint" read as a complete "faint " matched nothing; "faint" completes);
/// neighbouring words a title writes as one word ("bi polar" → bipolar); each plural in its singular ("calluses" →
/// callus); each word no code holds and that starts none respelled more widely than the reading does (from 3 letters, two edits from 5
/// letters, the correction some code holds beside the other words first: "nek pain" → neck pain); and last, the query
/// without one word: the word fewest codes hold, then each other word, the rarer first (at most <see cref="MaxWordsLeftOut"/>). A type-ahead then always offers something. Runs only for short lists, so an
/// ordinary query pays nothing.
/// </summary>
internal sealed class ShortListFallback(IndexReader reader, QueryReader words)
{
    /// <summary>A word query listing fewer codes than this is filled from the other readings.</summary>
    public const int MinResults = 5;

    /// <summary>Shortest word respelled by the fallback (the reading respells from 4 letters).</summary>
    public const int MinRespelledLength = 3;

    /// <summary>Shortest word respelled by two edits here.</summary>
    public const int MinTwoEditLength = 5;

    /// <summary>Corrections weighed against the other words.</summary>
    public const int Candidates = 6;

    /// <summary>The other query texts to search, best first, none equal to <paramref name="searched"/>.</summary>
    public IEnumerable<string> Alternatives(string searched)
    {
        var list = searched.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (list.Length == 0) yield break;
        var complete = searched.EndsWith(' ') ? " " : "";
        var seen = new HashSet<string>(StringComparer.Ordinal) { searched };
        var found = new List<string>();
        if (complete.Length > 0 && list[^1].Length >= QueryReader.MinCompletedLength && list[^1].All(char.IsAsciiLetter)) found.Add(string.Join(' ', list));
        if (Joined(list) is { } joined) found.Add(joined + complete);
        if (Singulars(list) is { } singular) found.Add(singular + complete);
        if (Respelled(list) is { } respelled) found.Add(respelled + complete);
        found.AddRange(WithoutOneWord(list).Select(fewer => fewer + complete));
        foreach (var text in found)
        {
            if (seen.Add(text)) yield return text;
        }
    }

    // Two neighbouring words a long description writes as one ("bi polar" → bipolar), the most common such word.
    private string? Joined(string[] list)
    {
        string? best = null;
        var bestCodes = 0;
        for (var i = 0; i + 1 < list.Length; i++)
        {
            if (!list[i].All(char.IsAsciiLetter) || !list[i + 1].All(char.IsAsciiLetter)) continue;
            var codes = RawCodes(list[i] + list[i + 1]);
            if (codes <= bestCodes) continue;
            bestCodes = codes;
            best = string.Join(' ', list[..i].Append(list[i] + list[i + 1]).Concat(list[(i + 2)..]));
        }
        return best;
    }

    // Every plural the analyzer keeps in its singular, when some code holds the singular.
    private string? Singulars(string[] list)
    {
        var changed = false;
        var result = list.Select(w =>
        {
            var singular = QueryWordForms.Singulars(w).FirstOrDefault(s => Held(s));
            changed |= singular is not null;
            return singular ?? w;
        }).ToArray();
        return changed ? string.Join(' ', result) : null;
    }

    // Each word no code holds corrected to the closest title word some code holds beside the other words, else the closest.
    private string? Respelled(string[] list)
    {
        var changed = false;
        var result = (string[])list.Clone();
        for (var i = 0; i < list.Length; i++)
        {
            var word = list[i];
            if (word.Length < MinRespelledLength || !word.All(char.IsAsciiLetter) || StopWords.Contains(word) || Held(word) || StartsWords(word)) continue;
            var maxEdits = word.Length < MinTwoEditLength ? 1 : 2;
            var candidates = words.RawWords.Candidates(word, maxEdits, Candidates);
            if (candidates.Count == 0) continue;
            var others = list.Where((w, k) => k != i && !StopWords.Contains(w))
                .Select(w => QueryTokens.Analyze(w) is [var t] ? t.Stemmed : null).OfType<string>().ToList();
            var chosen = others.Count == 0 ? candidates[0] : candidates.FirstOrDefault(c => words.HeldBeside(c.Word, others), candidates[0]);
            // A word in its own right is not respelled to a title word it is not ("limping": not living).
            if (words.IsRealWord(word, chosen.Word)) continue;
            result[i] = chosen.Word;
            changed = true;
        }
        return changed ? string.Join(' ', result) : null;
    }

    /// <summary>Most queries of one word fewer tried (<see cref="WithoutOneWord"/>).</summary>
    public const int MaxWordsLeftOut = 3;

    // The query without one word (stop words aside), first without the word fewest codes hold, so the others still find
    // their codes, then without each other word, the rarer first: a word every code holds with others but none with
    // the rest ("closed" of "closed head injury": closed fractures) hid the code the rest names (S09.90XA).
    private IEnumerable<string> WithoutOneWord(string[] list)
    {
        var content = Enumerable.Range(0, list.Length).Where(i => !StopWords.Contains(list[i])).ToList();
        if (content.Count < 2) yield break;
        foreach (var left in content.OrderBy(i => Codes(list[i])).ThenBy(i => i).Take(MaxWordsLeftOut))
        {
            yield return string.Join(' ', list.Where((_, k) => k != left));
        }
    }

    private bool Held(string word) => Codes(word) > 0;

    // A word that starts indexed words is left to completion ("faint" → fainting), not respelled.
    private bool StartsWords(string word) =>
        KeptDocFreqs.Of(reader, new Term(Prefixes, word.Length > DescriptionAnalyzer.MaxPrefixLength ? word[..DescriptionAnalyzer.MaxPrefixLength] : word)) > 0;

    // Codes holding the word in a long description, short description or index term, in any form the analyzer gives it.
    private int Codes(string word)
    {
        if (QueryTokens.Analyze(word) is not [var token]) return 0;
        return Math.Max(KeptDocFreqs.Of(reader, new Term(Description, token.Stemmed)), KeptDocFreqs.Of(reader, new Term(Synonyms, token.Stemmed)));
    }

    private int RawCodes(string word) => KeptDocFreqs.Of(reader, new Term(DescriptionRaw, word));
}
