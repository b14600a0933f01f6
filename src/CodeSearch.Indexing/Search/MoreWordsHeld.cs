using CodeSearch.Core.Search;
using CodeSearch.Indexing.Analysis;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// When no title among the first <see cref="Kept"/> results of a word query holds every word typed, the first code
/// further down (among the first <see cref="Looked"/>) whose title holds more of them than any of those five takes the
/// fifth place (docs/search.md, "A title holding more of the words"). Ties of a common word fill the first places
/// with codes that ignore the word that says what is meant: `pain in right testicle` listed *Pain in right hip*,
/// *… arm*, *… leg* …, all tied on *pain* and *right*, and N50.811 *Right testicular pain* 18th; now it is fifth.
/// A word is held when a title word starts with its first four letters (<see cref="TitleWords"/>), stop words aside.
/// The codes between move down one and each position keeps its score; the first four results never move.
/// </summary>
internal static class MoreWordsHeld
{
    /// <summary>The first results compared; the code found takes the last of these places.</summary>
    public const int Kept = 5;

    /// <summary>Results looked at for a title holding more words (the default page: 20).</summary>
    public const int Looked = 20;

    /// <summary>Moves the first code among the first <see cref="Looked"/> whose title holds more typed words than any of the first <see cref="Kept"/> to the fifth place.</summary>
    public static void Promote(string typed, List<SearchHit> hits, List<int> docs)
    {
        if (hits.Count <= Kept) return;
        var words = TitleWords.Of(typed).Where(w => !StopWords.Contains(w)).Select(TitleWords.Key).Distinct().ToList();
        if (words.Count < 2) return;
        var most = 0;
        for (var h = 0; h < Kept; h++)
        {
            if (hits[h].MatchKind != MatchKind.Text) return;
            most = Math.Max(most, Held(words, hits[h].Code.Description));
        }
        if (most == words.Count) return;
        var found = -1;
        for (var h = Kept; h < Math.Min(hits.Count, Looked); h++)
        {
            if (hits[h].MatchKind != MatchKind.Text) continue;
            var held = Held(words, hits[h].Code.Description);
            if (held <= most) continue;
            most = held;
            found = h;
        }
        if (found > 0) HitMoves.MoveUp(hits, docs, found, Kept - 1);
    }

    // How many of the query's word keys start a word of the title.
    private static int Held(List<string> keys, string title)
    {
        var words = TitleWords.Of(title);
        return keys.Count(k => words.Any(w => w.StartsWith(k, StringComparison.Ordinal)));
    }
}
