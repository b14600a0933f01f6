namespace CodeSearch.Suggestions.Matching;

/// <summary>
/// A single-letter Roman numeral after a word that counts ("type I", "stage V", "grade I") reads as its digit on
/// the note side, so "diabetes mellitus type I" meets "Type 1 diabetes mellitus" and "CKD stage V" meets "stage 5".
/// <see cref="Stemmer"/> folds "ii", "iii", "iv" everywhere; "i" and "v" only count after such a word, because on
/// their own they are mostly a pronoun or a piece of "i.v.". The letter keeps its own word too, so descriptions
/// written with the numeral ("Mucopolysaccharidosis, type I") still match.
/// </summary>
public static class RomanNumerals
{
    private static readonly HashSet<string> CountingWords = new(StringComparer.Ordinal)
    {
        "type", "stage", "grade", "class", "phase", "degree", "level", "factor", "tipo", "grado", "estadio",
    };

    /// <summary>The digit a folded word reads as after the folded word before it, or null.</summary>
    public static string? DigitOf(string? previous, string folded)
    {
        if (previous is null || !CountingWords.Contains(previous)) return null;
        return folded switch { "i" => "1", "v" => "5", _ => null };
    }
}
