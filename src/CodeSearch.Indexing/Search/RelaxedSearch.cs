using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// Runs the relaxed tier's query (<see cref="RelaxedQueryBuilder"/>) word by word, skipping the codes that cannot
/// reach the best <c>n</c> (MaxScore): once <c>n</c> codes are kept, the <c>n</c>-th score is a threshold; a word whose
/// best possible score (<see cref="ScoreBounds"/>), with every weaker word's and the coordination factor of matching
/// all of them, stays under it can no longer bring a code in alone, so only codes holding one of the other words are
/// visited, and a code whose known words plus the best of the rest stay under it is not scored further. Every code
/// that is scored gets the score Lucene's scorers give the whole query, computed as they compute it (the word scores
/// summed in double, cast, times the coordination factor; the stop words' sum added), and codes come in document
/// order, so the best <c>n</c> are the codes, scores and order of <see cref="IndexSearcher.Search(Query, Filter, int)"/>.
/// Returns null when the filter gives no random-access bits (the caller then runs the whole query).
/// </summary>
internal static class RelaxedSearch
{
    // Bounds are compared with this much room, so that a float rounding never skips a code that could reach the page.
    private const float Margin = 1.001f;

    public static ScoreDoc[]? Top(IndexSearcher searcher, RelaxedParts parts, Filter filter, int n, ScoreBounds bounds, Func<int, bool> listed)
    {
        var wordCount = parts.Words.Count;
        var words = parts.Words.Select(searcher.CreateNormalizedWeight).ToArray();
        var stops = parts.Stops.Select(searcher.CreateNormalizedWeight).ToArray();
        var candidates = parts.Candidates is null ? null : searcher.CreateNormalizedWeight(parts.Candidates);
        var coord = new float[wordCount + 1];
        for (var m = 0; m <= wordCount; m++) coord[m] = wordCount == 1 ? 1f : searcher.Similarity.Coord(m, wordCount);
        var best = new PriorityQueue<ScoreDoc, ScoreDoc>(n + 1, Worst.Instance);
        var wordBounds = parts.Words.Select(q => bounds.Of(q)).ToArray();
        var stopBound = parts.Stops.Sum(q => bounds.Of(q));
        var accepts = new IBits?[searcher.IndexReader.Leaves.Count];
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var set = filter.GetDocIdSet(leaf, leaf.AtomicReader.LiveDocs);
            if (set is null) continue;
            if (set.Bits is not { } bits) return null;
            accepts[leaf.Ord] = bits;
        }
        var floor = Floor(searcher, words, candidates, wordBounds, coord, accepts, n, listed);
        var threshold = floor;
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            if (accepts[leaf.Ord] is not { } accept) continue;
            var leafWords = new Scorer?[wordCount];
            for (var w = 0; w < wordCount; w++) leafWords[w] = words[w].GetScorer(leaf, accept);
            var leafStops = stops.Select(s => s.GetScorer(leaf, accept)).OfType<Scorer>().ToArray();
            var lead = candidates?.GetScorer(leaf, accept);
            if (candidates is not null && lead is null) continue;
            // The words in order of their bound, weakest first; the first `weak` of them cannot bring a code in alone.
            var order = Enumerable.Range(0, wordCount).Where(w => leafWords[w] is not null).ToArray();
            if (order.Length == 0) continue;
            foreach (var w in order) leafWords[w]!.NextDoc();
            var (weak, weakBound) = (0, 0f);
            if (threshold > 0f) (order, weak, weakBound) = Split(order, wordBounds, coord, stopBound, threshold);
            while (weak < order.Length)
            {
                var doc = DocIdSetIterator.NO_MORE_DOCS;
                for (var k = weak; k < order.Length; k++) doc = Math.Min(doc, leafWords[order[k]]!.DocID);
                if (doc == DocIdSetIterator.NO_MORE_DOCS) break;
                if (lead is not null)
                {
                    if (lead.DocID < doc && lead.Advance(doc) == DocIdSetIterator.NO_MORE_DOCS) break;
                    if (lead.DocID > doc)
                    {
                        for (var k = weak; k < order.Length; k++)
                        {
                            var s = leafWords[order[k]]!;
                            if (s.DocID < lead.DocID) s.Advance(lead.DocID);
                        }
                        continue;
                    }
                }
                var sum = 0d;
                var matched = 0;
                for (var k = weak; k < order.Length; k++)
                {
                    var s = leafWords[order[k]]!;
                    if (s.DocID != doc) continue;
                    sum += s.GetScore();
                    matched++;
                }
                var skip = listed(leaf.DocBase + doc)
                    || (threshold > 0f && coord[matched + weak] * (float)(sum + weakBound) * Margin + stopBound * Margin < threshold);
                if (!skip)
                {
                    for (var k = 0; k < weak; k++)
                    {
                        var s = leafWords[order[k]]!;
                        if (s.DocID < doc) s.Advance(doc);
                        if (s.DocID != doc) continue;
                        sum += s.GetScore();
                        matched++;
                    }
                    var score = (float)sum * coord[matched];
                    var stopSum = 0d;
                    var anyStop = false;
                    foreach (var s in leafStops)
                    {
                        if (s.DocID < doc) s.Advance(doc);
                        if (s.DocID != doc) continue;
                        stopSum += s.GetScore();
                        anyStop = true;
                    }
                    if (anyStop) score += (float)stopSum;
                    if (Offer(best, n, leaf.DocBase + doc, score) && best.Count == n && best.Peek().Score > threshold)
                    {
                        threshold = best.Peek().Score;
                        (order, weak, weakBound) = Split(order, wordBounds, coord, stopBound, threshold);
                    }
                }
                for (var k = weak; k < order.Length; k++)
                {
                    var s = leafWords[order[k]]!;
                    if (s.DocID == doc) s.NextDoc();
                }
            }
        }
        var top = new ScoreDoc[best.Count];
        for (var k = top.Length - 1; k >= 0; k--) top[k] = best.Dequeue();
        return top;
    }

    // A score the n-th best code reaches at least, before any is scored: the codes holding the word of the highest
    // bound (not listed yet, among the candidates) score at least that word's score times the coordination factor of
    // one word, so the n-th best of those is a floor. 0 when fewer than n codes hold it.
    private static float Floor(IndexSearcher searcher, Weight[] words, Weight? candidates, float[] wordBounds, float[] coord,
        IBits?[] accepts, int n, Func<int, bool> listed)
    {
        if (n <= 0 || words.Length == 0) return 0f;
        var strongest = 0;
        for (var w = 1; w < words.Length; w++) if (wordBounds[w] > wordBounds[strongest]) strongest = w;
        if (float.IsPositiveInfinity(wordBounds[strongest])) return 0f;
        var floors = new PriorityQueue<float, float>(n + 1);
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            if (accepts[leaf.Ord] is not { } accept) continue;
            var scorer = words[strongest].GetScorer(leaf, accept);
            if (scorer is null) continue;
            var lead = candidates?.GetScorer(leaf, accept);
            if (candidates is not null && lead is null) continue;
            for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
            {
                if (lead is not null && lead.DocID < doc && lead.Advance(doc) == DocIdSetIterator.NO_MORE_DOCS) break;
                if ((lead is not null && lead.DocID != doc) || listed(leaf.DocBase + doc)) continue;
                var floor = scorer.GetScore() * coord[1];
                if (floors.Count < n) floors.Enqueue(floor, floor);
                else if (floor > floors.Peek()) floors.EnqueueDequeue(floor, floor);
            }
        }
        return floors.Count < n ? 0f : floors.Peek() / Margin;
    }

    // Keeps the code when it is among the best n so far; documents come in ascending order, so a later one must score
    // strictly more to displace an equal one (as Lucene's collector). True when the kept codes changed.
    private static bool Offer(PriorityQueue<ScoreDoc, ScoreDoc> best, int n, int doc, float score)
    {
        if (best.Count < n)
        {
            var hit = new ScoreDoc(doc, score);
            best.Enqueue(hit, hit);
            return true;
        }
        if (score <= best.Peek().Score) return false;
        var better = new ScoreDoc(doc, score);
        best.EnqueueDequeue(better, better);
        return true;
    }

    // The words weakest bound first, and how many of the first ones together (all matched, with the stop words' best)
    // stay under the threshold: a code holding none of the others cannot reach it.
    private static (int[] Order, int Weak, float WeakBound) Split(int[] order, float[] wordBounds, float[] coord, float stopBound, float threshold)
    {
        var sorted = order.OrderBy(w => wordBounds[w]).ThenBy(w => w).ToArray();
        var weak = 0;
        var sum = 0f;
        while (weak < sorted.Length)
        {
            var next = sum + wordBounds[sorted[weak]];
            if (!(coord[weak + 1] * next * Margin + stopBound * Margin < threshold)) break;
            sum = next;
            weak++;
        }
        return (sorted, weak, sum);
    }

    // The heap's head is the worst hit kept: the lowest score, and of equal scores the highest document id.
    private sealed class Worst : IComparer<ScoreDoc>
    {
        public static readonly Worst Instance = new();

        public int Compare(ScoreDoc? x, ScoreDoc? y)
        {
            var byScore = x!.Score.CompareTo(y!.Score);
            return byScore != 0 ? byScore : y.Doc.CompareTo(x.Doc);
        }
    }
}
