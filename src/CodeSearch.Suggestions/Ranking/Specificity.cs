using CodeSearch.Core;
using CodeSearch.Suggestions.Matching;
using CodeSearch.Suggestions.Pipeline;

namespace CodeSearch.Suggestions.Ranking;

/// <summary>
/// The most specific code the text supports, never a guessed side (ICD-10-CM Official Guidelines I.A and I.B.13),
/// applied to scored candidates:
/// <list type="number">
/// <item><b>sides</b>: a code whose description names a side (right, left, bilateral) is dropped unless a sentence it
/// was found in states that side ("right hemiparesis" never gives a left-side code, and no side is guessed); "bilateral"
/// states right and left when the code's parent has no bilateral code (I.B.13); an eye code's side may be stated by an
/// eye abbreviation ("RE", "OD", "LE", "OI": <see cref="EyeSides"/>);</item>
/// <item><b>specific over unspecified</b>: when every counted mention of an "unspecified" code lies inside a full match
/// of the description of a code of the same 3-character category that holds more words ("heart failure" inside "acute
/// on chronic systolic heart failure"), the specific code is placed just above the unspecified one (its score becomes
/// the next number above). Only descriptions count, not index paths, and only codes named "unspecified": on
/// CodiEsp-D dev a wider rule (synonyms too, swapping the scores) cost 0.007 MAP, since coders there often kept the
/// unspecified code; this one costs about 0.004. A code "classified elsewhere" is never the specific one
/// (<see cref="IsManifestation"/>).</item>
/// <item><b>stated side</b>: a code "affecting unspecified side" becomes the sibling for the one side its sentence
/// states, dominance by the guidelines' default (<see cref="StatedSide"/>);</item>
/// <item><b>encounter</b>: the 7th character only from a stated encounter, otherwise the code without it
/// (<see cref="EncounterCharacter"/>).</item>
/// </list>
/// </summary>
public static class Specificity
{
    /// <summary>Applies the rules in place; the caller sorts afterwards. <paramref name="text"/> is the note.</summary>
    public static void Apply(List<ScoredCandidate> candidates, string text, IReadOnlyList<NoteSentence> sentences, TermDictionary dictionary)
    {
        if (dictionary.System != CodeSystemId.Icd10Cm || candidates.Count == 0) return;
        var stems = SideStems(dictionary);
        DropUnstatedSides(candidates, text, sentences, stems, dictionary);
        StatedSide.Apply(candidates, text, sentences, dictionary, s => SideStated(sentences[s], stems));
        EncounterCharacter.Apply(candidates, text, sentences, dictionary);
        PreferSpecific(candidates);
    }

    /// <summary>The side a description names, if exactly one.</summary>
    public static Side SideOf(string description)
    {
        // Most descriptions name no side: skip splitting them into words.
        if (!description.Contains("right", StringComparison.OrdinalIgnoreCase) && !description.Contains("left", StringComparison.OrdinalIgnoreCase)
            && !description.Contains("bilateral", StringComparison.OrdinalIgnoreCase)) return Side.None;
        var words = WordSplitter.Words(description);
        if (words.Contains("bilateral")) return Side.Bilateral;
        var right = words.Contains("right");
        var left = words.Contains("left");
        return right == left ? Side.None : right ? Side.Right : Side.Left;
    }

    private static Dictionary<Side, int> SideStems(TermDictionary dictionary) => new[] { Side.Right, Side.Left, Side.Bilateral }
        .ToDictionary(s => s, s => dictionary.Vocabulary.Find(Stemmer.Stem(s.ToString().ToLowerInvariant())));

    // The one side a sentence names (bilateral when it says bilateral, or both right and left), else None.
    private static Side SideStated(NoteSentence sentence, Dictionary<Side, int> stems)
    {
        bool Says(Side s) => stems[s] >= 0 && sentence.Words.Any(w => w.Stem == stems[s]);
        if (Says(Side.Bilateral) || (Says(Side.Right) && Says(Side.Left))) return Side.Bilateral;
        return Says(Side.Right) ? Side.Right : Says(Side.Left) ? Side.Left : Side.None;
    }

    // A right or left code is also stated by "bilateral" ("both") when its parent has no bilateral code: I.B.13 then
    // asks for the right and the left code ("bilateral gonalgia": M25.561 and M25.562).
    // An eye code's side is stated by an eye abbreviation too ("RE", "OD": EyeSides).
    private static void DropUnstatedSides(List<ScoredCandidate> candidates, string text, IReadOnlyList<NoteSentence> sentences,
        Dictionary<Side, int> stems, TermDictionary dictionary)
    {
        candidates.RemoveAll(c =>
        {
            var side = SideOf(c.Code.Description);
            if (side == Side.None) return false;
            if (Says(stems[side])) return false;
            if (EyeSides.IsEyeCode(c.Code.Code) && c.Basis.Any(m => m.Sentence < sentences.Count
                    && EyeSides.Of(text.AsSpan(sentences[m.Sentence].Span.Start, sentences[m.Sentence].Span.Length)).Contains(side))) return false;
            return side == Side.Bilateral || !Says(stems[Side.Bilateral]) || c.Code.ParentCode is not { } parent
                   || StatedSide.ChildrenOf(dictionary, parent).Any(s => SideOf(s.Description) == Side.Bilateral);

            bool Says(int stem) => stem >= 0 && c.Basis.Any(m => m.Sentence < sentences.Count && sentences[m.Sentence].Words.Any(w => w.Stem == stem));
        });
    }

    // Positions, not values: a code raised as the specific one of one general code may be the general one of the next.
    private static void PreferSpecific(List<ScoredCandidate> candidates)
    {
        var generals = Enumerable.Range(0, candidates.Count).Where(i => !candidates[i].Excluded && candidates[i].Derived is null
                && candidates[i].Code.Description.Contains("unspecified", StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(i => candidates[i].Score).ToList();
        foreach (var g in generals)
        {
            var general = candidates[g];
            var category = general.Code.Code[..Math.Min(3, general.Code.Code.Length)];
            var specific = Enumerable.Range(0, candidates.Count)
                .Where(s => s != g && !candidates[s].Excluded && candidates[s].Derived is null && candidates[s].Score < general.Score
                            && candidates[s].Code.Code.StartsWith(category, StringComparison.Ordinal) && !IsManifestation(candidates[s].Code)
                            && Supports(candidates[s], general))
                .DefaultIfEmpty(-1).MaxBy(s => s < 0 ? double.NegativeInfinity : candidates[s].Score);
            if (specific < 0) continue;
            candidates[specific] = candidates[specific] with { Score = Math.BitIncrement(general.Score) };
        }
    }

    /// <summary>A code for a condition "classified elsewhere" ("Fever presenting with conditions classified elsewhere",
    /// R50.81; "... in diseases classified elsewhere"): it is coded with the underlying condition its "code first" note
    /// names, so it is never the more specific form of an unspecified code. Its other words are often a case report's
    /// own ("presented with fever"), which would otherwise lift R50.81 above R50.9.</summary>
    public static bool IsManifestation(MedicalCode code) => code.Description.Contains("classified elsewhere", StringComparison.OrdinalIgnoreCase);

    // Every counted mention of the general code lies inside a full dictionary match of the specific one holding more words.
    private static bool Supports(ScoredCandidate specific, ScoredCandidate general)
    {
        var full = specific.Asserted.Where(m => m.Coverage >= 0.999f && m.Term.Source == TermSource.Description).ToList();
        return full.Count > 0 && general.Asserted.All(g =>
            full.Any(s => s.Sentence == g.Sentence && s.Evidence.Contains(g.Evidence) && s.MatchedWords > g.MatchedWords));
    }
}

/// <summary>The side a code's description names.</summary>
public enum Side
{
    /// <summary>No side, or an unspecified one.</summary>
    None,

    /// <summary>Right.</summary>
    Right,

    /// <summary>Left.</summary>
    Left,

    /// <summary>Bilateral.</summary>
    Bilateral,
}
