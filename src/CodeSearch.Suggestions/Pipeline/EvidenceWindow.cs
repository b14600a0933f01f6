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
        // The words holding a stem of the term (index and stem), and each distinct stem once: spans over the stack, as
        // this runs for every code of every sentence.
        Span<int> hitIndex = words.Length <= 128 ? stackalloc int[words.Length] : new int[words.Length];
        Span<int> hitStem = words.Length <= 128 ? stackalloc int[words.Length] : new int[words.Length];
        var hits = 0;
        var required = term.Required.Span;
        var optional = term.Optional.Span;
        for (var i = 0; i < words.Length; i++)
        {
            var s = words[i].Stem;
            if (s >= 0 && (required.IndexOf(s) >= 0 || optional.IndexOf(s) >= 0)) (hitIndex[hits], hitStem[hits++]) = (i, s);
        }
        if (hits == 0) return null;
        var slots = term.Required.Length + term.Optional.Length;
        Span<int> stems = slots <= 64 ? stackalloc int[slots] : new int[slots];
        Span<int> counts = slots <= 64 ? stackalloc int[slots] : new int[slots];
        counts.Clear();
        var distinct = 0;
        for (var h = 0; h < hits; h++)
        {
            if (SlotOf(stems[..distinct], hitStem[h]) < 0) stems[distinct++] = hitStem[h];
        }
        stems = stems[..distinct];
        int bestFrom = 0, bestTo = hits - 1, have = 0, from = 0;
        var bestWidth = int.MaxValue;
        for (var to = 0; to < hits; to++)
        {
            if (++counts[SlotOf(stems, hitStem[to])] == 1) have++;
            while (have == distinct)
            {
                var width = Positions(words, hitIndex[from], hitIndex[to]);
                if (width < bestWidth) (bestWidth, bestFrom, bestTo) = (width, from, to);
                if (--counts[SlotOf(stems, hitStem[from])] == 0) have--;
                from++;
            }
        }
        var first = words[hitIndex[bestFrom]];
        var last = words[hitIndex[bestTo]];
        var via = false;
        for (var h = bestFrom; h <= bestTo; h++) via |= words[hitIndex[h]].FromAbbreviation;
        var span = new TextSpan(first.Start, Math.Max(first.End, last.End));
        return (span, distinct, Math.Min(1f, (float)distinct / bestWidth), via);
    }

    private static int SlotOf(ReadOnlySpan<int> stems, int stem) => stems.IndexOf(stem);

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
