using System.Text.RegularExpressions;
using CodeSearch.Suggestions.Matching;
using CodeSearch.Suggestions.Pipeline;

namespace CodeSearch.Suggestions.Ranking;

/// <summary>
/// The 7th character of codes that carry the encounter (injuries, poisonings, pathological fractures: ICD-10-CM
/// Official Guidelines I.C.19.a), chosen only from what the note states, never guessed:
/// <list type="number">
/// <item><b>sequela</b> ("sequela of", "late effect") in a sentence the code was found in: the "S" code;</item>
/// <item><b>subsequent</b> ("subsequent encounter", "follow-up visit", "routine healing", "healing fracture") anywhere
/// in the note: the "D" code (subsequent encounter, routine healing);</item>
/// <item><b>initial</b> ("initial encounter", "initial visit", "active treatment") anywhere in the note: the "A" code
/// (the dictionary's choice, since its encounter words tie and official order puts A first);</item>
/// <item>nothing stated, or initial and subsequent both stated: the code without its 7th character (S72.302 for
/// S72.302A), which the coder completes; when that form is not a code of the release (S02.5XXA: "S02.5XX" does not
/// exist), the initial-encounter code, never a guessed subsequent or sequela one.</item>
/// </list>
/// Several candidates that end on the same code keep the best-scored one.
/// </summary>
public static partial class EncounterCharacter
{
    /// <summary>Replaces encounter variants in place by the code the text supports.</summary>
    public static void Apply(List<ScoredCandidate> candidates, string text, IReadOnlyList<NoteSentence> sentences, TermDictionary dictionary)
    {
        Encounter? noteEncounter = null; // read from the note only when a candidate names an encounter
        var changed = false;
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.Derived is not null || KindOf(c.Code.Description) == Encounter.None) continue;
            var stated = SequelaStated(c, text, sentences) ? Encounter.Sequela : noteEncounter ??= NoteEncounter(text);
            if (KindOf(c.Code.Description) == stated) continue; // B and C (open fractures) are initial encounters too
            var target = Target(c.Code.Code, stated, dictionary);
            if (target < 0 || dictionary.Codes[target].Code == c.Code.Code) continue;
            candidates[i] = c with { Candidate = c.Candidate with { Code = dictionary.Codes[target] } };
            changed = true;
        }
        if (!changed) return;
        var best = candidates.GroupBy(c => c.Code.Code).Select(g => g.MaxBy(c => c.Score)!).ToHashSet();
        candidates.RemoveAll(c => !best.Contains(c));
    }

    private static Encounter NoteEncounter(string text)
    {
        var initial = InitialRegex().IsMatch(text);
        var subsequent = SubsequentRegex().IsMatch(text);
        return initial == subsequent ? Encounter.None : initial ? Encounter.Initial : Encounter.Subsequent;
    }

    /// <summary>The encounter a code description names, if any.</summary>
    internal static Encounter KindOf(string description) =>
        description.Contains(", initial encounter", StringComparison.OrdinalIgnoreCase) ? Encounter.Initial
        : description.Contains(", subsequent encounter", StringComparison.OrdinalIgnoreCase) ? Encounter.Subsequent
        : description.EndsWith(", sequela", StringComparison.OrdinalIgnoreCase) ? Encounter.Sequela
        : Encounter.None;

    // The position of the code to suggest instead of `code` (a 7-character encounter variant), or -1 to keep it.
    private static int Target(string code, Encounter stated, TermDictionary dictionary)
    {
        var stem = code[..^1];
        if (stated == Encounter.None)
        {
            var withoutEncounter = dictionary.PositionOf(stem);
            if (withoutEncounter >= 0) return withoutEncounter;
            stated = Encounter.Initial; // no such code (placeholders): the initial encounter, never a guessed D or S
        }
        var letter = stated switch { Encounter.Initial => 'A', Encounter.Subsequent => 'D', _ => 'S' };
        var position = dictionary.PositionOf(stem + letter);
        return position >= 0 && KindOf(dictionary.Codes[position].Description) == stated ? position : -1;
    }

    private static bool SequelaStated(ScoredCandidate candidate, string text, IReadOnlyList<NoteSentence> sentences) =>
        candidate.Basis.Select(m => m.Sentence).Distinct().Any(s => s < sentences.Count
            && SequelaRegex().IsMatch(text.AsSpan(sentences[s].Span.Start, sentences[s].Span.Length)));

    [GeneratedRegex(@"\binitial (encounter|visit|evaluation)\b|\bactive treatment\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InitialRegex();

    [GeneratedRegex(@"\bsubsequent (encounter|visit)\b|\bfollow[- ]?up (visit|encounter|appointment|consultation)\b|\b(routine|normal) healing\b|\bhealing fracture\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubsequentRegex();

    [GeneratedRegex(@"\bsequela(e)?\b|\blate effects?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SequelaRegex();
}

/// <summary>The encounter a 7th character states.</summary>
public enum Encounter
{
    /// <summary>None stated.</summary>
    None,

    /// <summary>Initial encounter (A, or B/C for open fractures).</summary>
    Initial,

    /// <summary>Subsequent encounter (D for routine healing).</summary>
    Subsequent,

    /// <summary>Sequela (S).</summary>
    Sequela,
}
