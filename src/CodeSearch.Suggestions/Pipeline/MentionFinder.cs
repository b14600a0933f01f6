using CodeSearch.Suggestions.Matching;

namespace CodeSearch.Suggestions.Pipeline;

/// <summary>
/// Stage 6: the codes each sentence mentions. Rules, in order:
/// <list type="number">
/// <item>every term whose required words the sentence covers with weighted coverage ≥ <see cref="MinCoverage"/>
/// (learned phrases: all words) is a candidate;</item>
/// <item>per code, the best term wins (coverage, then description over synonym over learned phrase); learned phrases
/// for the code add their precision as a separate signal;</item>
/// <item>codes whose evidence matched exactly the same words through a description or synonym compete (codes found
/// only through learned phrases stand on their own): the best coverage wins, then a billable code,
/// then the shorter wording, then official order, so "fracture of femur" gives one femur-fracture code, not every
/// laterality and encounter variant;</item>
/// <item>a term whose required words include a number ("type 2", "stage 3") matches only when the number is there;</item>
/// <item>an ancestor is kept but marked when a descendant matched at least as well
/// (<see cref="Mention.DescendantMatched"/>): the ranker decides, as coders often assign the category itself;</item>
/// <item>at most <see cref="MaxPerSentence"/> codes per sentence, best coverage first.</item>
/// </list>
/// </summary>
public static class MentionFinder
{
    /// <summary>Least weighted coverage of a term's required words for it to be a candidate.</summary>
    public const float MinCoverage = 0.6f;

    /// <summary>Codes kept per identical evidence (the best, and a runner-up for the ranker to weigh).</summary>
    public const int PerEvidence = 2;

    /// <summary>Most codes kept per sentence.</summary>
    public const int MaxPerSentence = 30;

    /// <summary>The mentions of one sentence.</summary>
    public static List<Mention> Find(TermDictionary dictionary, NoteSentence sentence, int sentenceIndex)
    {
        var matches = dictionary.Match(sentence.Words.Select(w => w.Stem), MinCoverage, dictionary.Buffer);
        if (matches.Count == 0) return [];

        var byCode = new Dictionary<int, (TermMatch Best, float LearnedPrecision, int LearnedSupport)>();
        var guideline = new HashSet<int>();
        // Read through the dictionary's arrays: a term is made only for each code's winner.
        foreach (var m in matches)
        {
            var source = dictionary.SourceOf(m.TermId);
            var code = dictionary.CodePositionOf(m.TermId);
            if (source == TermSource.Guideline && m.Coverage >= 0.999f) guideline.Add(code);
            var (best, lp, ls) = byCode.TryGetValue(code, out var found) ? found : (m, 0f, 0);
            if (source == TermSource.Learned && dictionary.LearnedOf(m.TermId) is var learned && learned.Precision > lp) (lp, ls) = learned;
            if (found.Best.TermId != m.TermId && Better(dictionary, m, best)) best = m;
            byCode[code] = (best, lp, ls);
        }

        var mentions = new List<Mention>(byCode.Count);
        foreach (var (_, (best, lp, ls)) in byCode)
        {
            var term = dictionary.Terms[best.TermId];
            if (EvidenceWindow.Find(sentence.Words, term) is not { } window) continue;
            mentions.Add(new Mention(sentenceIndex, term, best.TermId, best.Coverage, window.Span, window.Compactness,
                window.ViaAbbreviation, window.Matched) { LearnedPrecision = lp, LearnedSupport = ls, GuidelineMatched = guideline.Contains(term.CodePosition), Section = sentence.Section });
        }

        mentions = KeepBestPerEvidence(dictionary, mentions);
        mentions = MarkAncestors(dictionary, mentions);
        var marked = mentions;
        mentions = new List<Mention>(marked.Count);
        foreach (var m in marked)
        {
            var subsumed = marked.Any(o => o.MatchedWords > m.MatchedWords && o.Coverage >= 0.999f && o.Evidence.Contains(m.Evidence));
            mentions.Add(subsumed ? m with { Subsumed = true } : m);
        }
        return mentions.OrderByDescending(m => m.Coverage).ThenByDescending(m => m.MatchedWords)
            .Take(MaxPerSentence).ToList();
    }

    private static bool Better(TermDictionary dictionary, TermMatch candidate, TermMatch current)
    {
        if (Math.Abs(candidate.Coverage - current.Coverage) > 1e-4) return candidate.Coverage > current.Coverage;
        var (a, b) = (dictionary.SourceOf(candidate.TermId), dictionary.SourceOf(current.TermId));
        if (a != b) return a < b;
        return dictionary.RequiredCountOf(candidate.TermId) > dictionary.RequiredCountOf(current.TermId);
    }

    private static List<Mention> KeepBestPerEvidence(TermDictionary dictionary, List<Mention> mentions)
    {
        var kept = mentions.Where(m => StandsAlone(m.Term.Source)).ToList();
        foreach (var group in mentions.Where(m => !StandsAlone(m.Term.Source)).GroupBy(m => (m.Evidence, m.MatchedWords)))
        {
            var ordered = group.OrderByDescending(m => m.Coverage)
                .ThenByDescending(m => dictionary.Codes[m.Term.CodePosition].Billable)
                .ThenBy(m => m.Term.Required.Length).ThenBy(m => m.Term.Optional.Length)
                .ThenBy(m => dictionary.Codes[m.Term.CodePosition].Order)
                .ToList();
            kept.AddRange(ordered.Take(PerEvidence).Select((m, rank) => rank == 0 ? m : m with { RunnerUp = true }));
            // An ancestor of the winner matched by the same words stays too (MarkAncestors marks it): a header of today's
            // release is often the code of an older one ("Eosinophilia" D72.1 before D72.10 existed), and coders assign
            // the category; it would otherwise fall behind the runner-up. A 7-character code's ancestors are left to
            // Ranking/EncounterCharacter, which drops the 7th character only when the note states no encounter.
            var winner = dictionary.Codes[ordered[0].Term.CodePosition].Code;
            if (winner.Length < 7)
                kept.AddRange(ordered.Skip(PerEvidence).Where(m => IsAncestor(dictionary.Codes[m.Term.CodePosition].Code, winner)));
        }
        return kept;
    }

    private static bool IsAncestor(string code, string of) => code.Length < of.Length && of.StartsWith(code, StringComparison.Ordinal);

    // Learned, guideline and composed procedure phrases say something about the code other than its wording, so they
    // never compete with descriptions for the same evidence.
    private static bool StandsAlone(TermSource source) => source is TermSource.Learned or TermSource.Guideline or TermSource.Composed;

    private static List<Mention> MarkAncestors(TermDictionary dictionary, List<Mention> mentions)
    {
        var byCode = mentions.ToDictionary(m => dictionary.Codes[m.Term.CodePosition].Code, StringComparer.Ordinal);
        var drop = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            for (var parent = dictionary.Codes[m.Term.CodePosition].ParentCode; parent is not null;)
            {
                if (byCode.TryGetValue(parent, out var ancestor) && ancestor.Coverage <= m.Coverage + 1e-4) drop.Add(parent);
                var at = dictionary.PositionOf(parent);
                parent = at < 0 ? null : dictionary.Codes[at].ParentCode;
            }
        }
        return mentions.Select(m => drop.Contains(dictionary.Codes[m.Term.CodePosition].Code) ? m with { DescendantMatched = true } : m).ToList();
    }
}
