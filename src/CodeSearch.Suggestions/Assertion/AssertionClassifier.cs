namespace CodeSearch.Suggestions.Assertion;

/// <summary>
/// ConText-style assertion (Harkema et al. 2009) for one mention in one sentence.
/// <list type="number">
/// <item>Triggers from <see cref="ContextTriggerList"/> are found left to right, longest phrase first; words inside
/// the mention are never triggers. Pseudo-triggers ("no increase") are matched only so their words are not triggers.</item>
/// <item>A trigger applies when the mention starts within its <c>max_scope</c> words in its direction, with no
/// terminator ("but", ";", ".") between, and no trigger of another category between, except that family triggers
/// neither stop nor are stopped by others (who has it is independent of whether and when they have it), and a
/// historical trigger does not stop a negation ("without history of", "no personal history of").</item>
/// <item>A clause break ("was", "showing", "developed", "positive") between ends the scope of every trigger but a
/// family one, unless only clause breaks stand between it and the trigger ("has not had", "is absent"): "there was no
/// hypotension, and the patient developed acute kidney injury" leaves the injury present.</item>
/// <item>Lists: once a comma stands between, the mention must lie within <see cref="ListItemWords"/> words of the
/// comma nearest to it (a list item: "no fever, cough or chills"), and a negation's scope may then grow to twice
/// <c>max_scope</c> so a long review-of-systems list stays negated; a longer stretch after a comma is a new
/// statement ("denies alcohol use, smoker of 20 cigarettes a day with chronic bronchitis").</item>
/// <item>Precedence when several apply: Negated &gt; Family &gt; Hypothetical &gt; Possible &gt; Historical &gt;
/// Present; the nearest trigger of the winning category is reported.</item>
/// <item>Section: in family history anything not negated is Family; in past medical/surgical history a mention
/// that would be Present is Historical.</item>
/// </list>
/// </summary>
public sealed class AssertionClassifier(ContextTriggerList triggers)
{
    private static readonly TriggerCategory[] Precedence =
        [TriggerCategory.Negated, TriggerCategory.Family, TriggerCategory.Hypothetical, TriggerCategory.Possible, TriggerCategory.Historical];

    /// <summary>A classifier over <see cref="ContextTriggerList.Default"/>.</summary>
    public AssertionClassifier() : this(ContextTriggerList.Default) { }

    /// <summary>
    /// Classifies the mention at <paramref name="targetStart"/> (inclusive) to <paramref name="targetEnd"/> (exclusive)
    /// in <paramref name="sentence"/>; <paramref name="sectionKind"/> is the section's kind, e.g. "FamilyHistory".
    /// </summary>
    public AssertionResult Classify(string sentence, int targetStart, int targetEnd, string? sectionKind = null)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return Classify(new AssertionSentence(sentence), targetStart, targetEnd, sectionKind);
    }

    /// <summary>
    /// As <see cref="Classify(string, int, int, string?)"/>, on a sentence tokenised once for all its mentions.
    /// </summary>
    public AssertionResult Classify(AssertionSentence sentence, int targetStart, int targetEnd, string? sectionKind = null) =>
        Classify(sentence, targetStart, targetEnd, SectionAssertion.For(sectionKind));

    /// <summary>
    /// As <see cref="Classify(AssertionSentence, int, int, string?)"/> for a mention in a detected section (the engine's
    /// path: the section stays an enum across the stage boundary).
    /// </summary>
    public AssertionResult Classify(AssertionSentence sentence, int targetStart, int targetEnd, Sections.SectionKind section) =>
        Classify(sentence, targetStart, targetEnd, SectionAssertion.For(section));

    // fromSection: the assertion the mention's section implies, if any.
    private AssertionResult Classify(AssertionSentence sentence, int targetStart, int targetEnd, AssertionKind? fromSection)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (targetStart < 0 || targetEnd < targetStart || targetEnd > sentence.Text.Length)
            throw new ArgumentOutOfRangeException(nameof(targetStart), "the target span must lie inside the sentence");

        var tokens = sentence.Tokens;
        var first = IndexOf(tokens, t => t.End > targetStart && t.Start < targetEnd);
        var last = LastIndexOf(tokens, t => t.End > targetStart && t.Start < targetEnd);
        var applying = first < 0 ? [] : FindTriggers(tokens, first, last, out var at).Where(m => Applies(m, at, tokens, first, last)).ToList();

        foreach (var category in Precedence)
        {
            var winner = applying.Where(m => m.Trigger.Category == category)
                .MinBy(m => Math.Min(Math.Abs(m.First - last), Math.Abs(m.Last - first)));
            if (winner is null) continue;
            var match = new TriggerMatch(tokens[winner.First].Start, tokens[winner.Last].End, winner.Trigger);
            var assertion = ToAssertion(category);
            return fromSection == AssertionKind.Family && assertion != AssertionKind.Negated
                ? new AssertionResult(AssertionKind.Family, assertion == AssertionKind.Family ? match : null, assertion != AssertionKind.Family)
                : new AssertionResult(assertion, match, false);
        }
        return fromSection is { } implied
            ? new AssertionResult(implied, null, true)
            : new AssertionResult(AssertionKind.Present, null, false);
    }

    private sealed record Found(int First, int Last, ContextTrigger Trigger);

    private List<Found> FindTriggers(IReadOnlyList<ContextToken> tokens, int targetFirst, int targetLast, out Found?[] at)
    {
        var found = new List<Found>();
        at = new Found?[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var starting = triggers.StartingWith(tokens[i].Lower);
            for (var n = 0; n < starting.Count; n++)
            {
                var trigger = starting[n];
                var end = i + trigger.Words.Count - 1;
                if (end >= tokens.Count || (i <= targetLast && end >= targetFirst)) continue;
                if (!WordsMatch(trigger, tokens, i)) continue;
                var f = new Found(i, end, trigger);
                found.Add(f);
                for (var k = i; k <= end; k++) at[k] = f;
                i = end;
                break;
            }
        }
        return found;
    }

    // The trigger's words at tokens[at...] (a loop: this runs for every token of every classified sentence).
    private static bool WordsMatch(ContextTrigger trigger, IReadOnlyList<ContextToken> tokens, int at)
    {
        var words = trigger.Words;
        for (var k = 0; k < words.Count; k++)
        {
            if (tokens[at + k].Lower != words[k]) return false;
        }
        return true;
    }

    private static bool Applies(Found m, Found?[] at, IReadOnlyList<ContextToken> tokens, int first, int last)
    {
        var c = m.Trigger.Category;
        if (c is TriggerCategory.Pseudo or TriggerCategory.Terminator or TriggerCategory.ClauseBreak) return false;
        var d = m.Trigger.Direction;
        if (m.Last < first && d is TriggerDirection.Forward or TriggerDirection.Bidirectional)
            return ScopeReaches(m, at, tokens, Enumerable.Range(m.Last + 1, first - m.Last - 1));
        if (m.First > last && d is TriggerDirection.Backward or TriggerDirection.Bidirectional)
            return ScopeReaches(m, at, tokens, Enumerable.Range(last + 1, m.First - last - 1).Reverse());
        return false;
    }

    /// <summary>Words a list item may hold between the comma before it and the mention.</summary>
    internal const int ListItemWords = 4;

    // Walks the tokens between trigger and mention, from the trigger outward; true when nothing ends the scope there.
    private static bool ScopeReaches(Found m, Found?[] at, IReadOnlyList<ContextToken> tokens, IEnumerable<int> between)
    {
        var category = m.Trigger.Category;
        int words = 0, sinceComma = 0;
        bool comma = false, nextToTrigger = true;
        foreach (var k in between)
        {
            if (tokens[k].Lower == ",") (comma, sinceComma) = (true, 0);
            else if (tokens[k].IsWord) { words++; sinceComma++; }
            if (words >= (comma && category == TriggerCategory.Negated ? 2 * m.Trigger.MaxScope : m.Trigger.MaxScope)) return false;
            if (at[k] is not { } other) { nextToTrigger &= !tokens[k].IsWord; continue; }
            var oc = other.Trigger.Category;
            if (oc == TriggerCategory.ClauseBreak)
            {
                if (!nextToTrigger && category != TriggerCategory.Family) return false;
                continue;
            }
            nextToTrigger = false;
            if (oc == TriggerCategory.Terminator) return false;
            if (oc == TriggerCategory.Historical && category == TriggerCategory.Negated) continue;
            if (oc != TriggerCategory.Pseudo && oc != category
                && oc != TriggerCategory.Family && category != TriggerCategory.Family) return false;
        }
        return !comma || sinceComma <= ListItemWords;
    }

    private static AssertionKind ToAssertion(TriggerCategory category) => category switch
    {
        TriggerCategory.Negated => AssertionKind.Negated,
        TriggerCategory.Family => AssertionKind.Family,
        TriggerCategory.Possible => AssertionKind.Possible,
        TriggerCategory.Hypothetical => AssertionKind.Hypothetical,
        _ => AssertionKind.Historical,
    };

    private static int IndexOf(IReadOnlyList<ContextToken> t, Func<ContextToken, bool> p)
    {
        for (var i = 0; i < t.Count; i++) if (p(t[i])) return i;
        return -1;
    }

    private static int LastIndexOf(IReadOnlyList<ContextToken> t, Func<ContextToken, bool> p)
    {
        for (var i = t.Count - 1; i >= 0; i--) if (p(t[i])) return i;
        return -1;
    }
}
