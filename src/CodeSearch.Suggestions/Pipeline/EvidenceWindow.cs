using CodeSearch.Suggestions.Matching;
using CodeSearch.Suggestions.Text;

namespace CodeSearch.Suggestions.Pipeline;

/// <summary>Finds the tightest run of a sentence's words that holds every matched stem of a term at least once.</summary>
public static class EvidenceWindow
{
    /// <summary>
    /// The span, the number of distinct stems matched, the share of the window's word positions they fill, and whether an
    /// abbreviation expansion supplied one of them. Returns null when no word matches.
    /// </summary>
    public static (TextSpan Span, int Matched, float Compactness, bool ViaAbbreviation)? Find(Word[] words, Term term)
    {
        var hits = new List<(int Index, int Stem)>();
        for (var i = 0; i < words.Length; i++)
        {
            var s = words[i].Stem;
            if (s >= 0 && (Array.IndexOf(term.Required, s) >= 0 || Array.IndexOf(term.Optional, s) >= 0)) hits.Add((i, s));
        }
        if (hits.Count == 0) return null;
        var distinct = hits.Select(h => h.Stem).Distinct().Count();
        var counts = new Dictionary<int, int>();
        int bestFrom = 0, bestTo = hits.Count - 1, have = 0, from = 0;
        var bestWidth = int.MaxValue;
        for (var to = 0; to < hits.Count; to++)
        {
            counts[hits[to].Stem] = counts.GetValueOrDefault(hits[to].Stem) + 1;
            if (counts[hits[to].Stem] == 1) have++;
            while (have == distinct)
            {
                var width = Positions(words, hits[from].Index, hits[to].Index);
                if (width < bestWidth) (bestWidth, bestFrom, bestTo) = (width, from, to);
                var stem = hits[from].Stem;
                if (--counts[stem] == 0) have--;
                from++;
            }
        }
        var first = words[hits[bestFrom].Index];
        var last = words[hits[bestTo].Index];
        var via = false;
        for (var h = bestFrom; h <= bestTo; h++) via |= words[hits[h].Index].FromAbbreviation;
        var span = new TextSpan(first.Start, Math.Max(first.End, last.End));
        return (span, distinct, Math.Min(1f, (float)distinct / bestWidth), via);
    }

    // Word positions between two word indexes: expansion words share their abbreviation's position.
    private static int Positions(Word[] words, int from, int to)
    {
        var count = 1;
        for (var i = from + 1; i <= to; i++)
        {
            if (words[i].Start != words[i - 1].Start) count++;
        }
        return count;
    }
}
