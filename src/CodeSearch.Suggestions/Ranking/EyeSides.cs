namespace CodeSearch.Suggestions.Ranking;

/// <summary>
/// The eye a sentence names by its clinical abbreviation, for codes of the eye chapter (H00-H59) only: "RE" and "OD"
/// (oculus dexter, Spanish "ojo derecho") the right eye, "LE", "OS" and "OI" (oculus sinister, "ojo izquierdo") the left
/// eye, "AO" ("ambos ojos") and "OU" both eyes: "In FO there was preretinal hemorrhage RE" states the right eye of
/// H35.61. Read in capitals only, as whole words, because in lower case or outside the eye chapter these letters are
/// other words ("re-", "OI" the oxygenation index).
/// </summary>
public static class EyeSides
{
    private static readonly Dictionary<string, Side> Abbreviations = new(StringComparer.Ordinal)
    {
        ["RE"] = Side.Right, ["OD"] = Side.Right,
        ["LE"] = Side.Left, ["OS"] = Side.Left, ["OI"] = Side.Left,
        ["AO"] = Side.Bilateral, ["OU"] = Side.Bilateral,
    };

    /// <summary>True for a code of the eye and adnexa chapter (H00-H59).</summary>
    public static bool IsEyeCode(string code) => code.Length >= 3 && code[0] == 'H' && code[1] is >= '0' and <= '5';

    /// <summary>The sides the sentence names by an eye abbreviation.</summary>
    public static IEnumerable<Side> Of(ReadOnlySpan<char> sentence)
    {
        var sides = new List<Side>(1);
        var i = 0;
        while (i < sentence.Length)
        {
            if (!char.IsLetter(sentence[i])) { i++; continue; }
            var start = i;
            while (i < sentence.Length && char.IsLetter(sentence[i])) i++;
            if (i - start == 2 && Abbreviations.TryGetValue(sentence[start..i].ToString(), out var side) && !sides.Contains(side)) sides.Add(side);
        }
        return sides;
    }
}
