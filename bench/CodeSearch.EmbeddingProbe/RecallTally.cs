namespace CodeSearch.EmbeddingProbe;

/// <summary>Per-note counts of what the embedding candidates add, summed over notes.</summary>
internal sealed class RecallTally(int[] perSentenceK, int[] perNoteTop)
{
    private int _gold, _suggested, _excluded, _neverProposed, _neverProposedValid, _notes;
    private double _ceilingBase;
    private readonly Dictionary<string, (int Recovered, int GoldHits, long Added, double Ceiling)> _rows = new();
    private readonly List<double> _goldSims = [], _otherSims = [];

    public void Add(HashSet<string> gold, HashSet<string> suggested, HashSet<string> excluded,
        List<List<(string Code, float Similarity)>> nearest, Func<string, bool> isValid)
    {
        _notes++;
        _gold += gold.Count;
        _suggested += gold.Count(suggested.Contains);
        _excluded += gold.Count(g => !suggested.Contains(g) && excluded.Contains(g));
        var never = gold.Where(g => !suggested.Contains(g) && !excluded.Contains(g)).ToHashSet();
        _neverProposed += never.Count;
        _neverProposedValid += never.Count(isValid);
        _ceilingBase += gold.Count == 0 ? 0 : (double)gold.Count(suggested.Contains) / gold.Count;

        foreach (var k in perSentenceK)
            Record($"per sentence top {k,3}", nearest.SelectMany(n => n.Take(k)).Select(n => n.Code).ToHashSet(), gold, suggested, excluded, never);
        var byNote = nearest.SelectMany(n => n).GroupBy(n => n.Code).Select(g => (Code: g.Key, Similarity: g.Max(x => x.Similarity)))
            .OrderByDescending(n => n.Similarity).ToList();
        foreach (var m in perNoteTop)
            Record($"per note    top {m,3}", byNote.Take(m).Select(n => n.Code).ToHashSet(), gold, suggested, excluded, never);
        foreach (var (code, similarity) in byNote.Take(50))
            if (!suggested.Contains(code) && !excluded.Contains(code)) (never.Contains(code) ? _goldSims : _otherSims).Add(similarity);
    }

    private void Record(string key, HashSet<string> proposed, HashSet<string> gold, HashSet<string> suggested,
        HashSet<string> excluded, HashSet<string> never)
    {
        var row = _rows.GetValueOrDefault(key);
        var added = proposed.Where(c => !suggested.Contains(c) && !excluded.Contains(c)).ToList();
        var hits = gold.Count(g => suggested.Contains(g) || (proposed.Contains(g) && !excluded.Contains(g)));
        _rows[key] = (row.Recovered + added.Count(never.Contains), row.GoldHits + proposed.Count(gold.Contains), row.Added + added.Count,
            row.Ceiling + (gold.Count == 0 ? 0 : (double)hits / gold.Count));
    }

    public IEnumerable<string> Lines()
    {
        yield return $"gold {_gold}: suggested {_suggested}, excluded {_excluded}, never proposed {_neverProposed} ({100.0 * _neverProposed / _gold:F1}%, of which in FY release {_neverProposedValid})";
        yield return $"perfect-ranking ceiling today {_ceilingBase / _notes:F3}";
        yield return "candidates              recovered never-proposed   gold among them   new candidates/note   ceiling";
        foreach (var (key, row) in _rows)
            yield return $"{key}    {row.Recovered,5} ({100.0 * row.Recovered / Math.Max(1, _neverProposed),5:F1}%)          {row.GoldHits,6}            {(double)row.Added / _notes,8:F1}          {row.Ceiling / _notes:F3}";
        yield return $"similarity of recovered gold (per note top 50): median {Median(_goldSims):F3} (n {_goldSims.Count}); of other new candidates: median {Median(_otherSims):F3} (n {_otherSims.Count})";
        foreach (var t in new[] { 0.5, 0.6, 0.7 })
            yield return $"  new candidates with similarity >= {t}: gold {_goldSims.Count(s => s >= t)}, other {_otherSims.Count(s => s >= t)}";
    }

    private static double Median(List<double> values)
    {
        if (values.Count == 0) return double.NaN;
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
