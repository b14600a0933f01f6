namespace CodeSearch.Indexing.Analysis;

/// <summary>
/// American spelling of a British-spelled word, as the code sets write it: "ae" and "oe" become "e" (anaemia,
/// haemorrhage, leukaemia, paediatric, oesophagus, oedema, foetal, diarrhoea), "-our" becomes "-or" (tumour), "-ise",
/// "-isation", "-yse" become "-ize", "-ization", "-yze" (localised, analyse), "-tre" and "-bre" become "-ter" and
/// "-ber" (centre, fibre, goitre), and a few whole words (grey, ageing, sulphate). A query word matches both spellings;
/// descriptions are not rewritten, so a variant that happens not to exist costs nothing.
/// </summary>
public static class SpellingVariants
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["grey"] = "gray", ["ageing"] = "aging", ["mould"] = "mold", ["aluminium"] = "aluminum", ["programme"] = "program",
        ["manoeuvre"] = "maneuver", ["sulphur"] = "sulfur",
    };

    private static readonly (string British, string American)[] Endings =
    [
        ("isations", "izations"), ("isation", "ization"), ("ising", "izing"), ("ised", "ized"), ("ises", "izes"), ("ise", "ize"),
        ("ysing", "yzing"), ("ysed", "yzed"), ("yses", "yzes"), ("yse", "yze"),
        ("ours", "ors"), ("our", "or"), ("tres", "ters"), ("tre", "ter"), ("bres", "bers"), ("bre", "ber"),
    ];

    /// <summary>
    /// The American form of <paramref name="word"/> (lower case), or null when it has none. With
    /// <paramref name="prefix"/> the word is a start being typed: only the rules that apply inside a word are used.
    /// </summary>
    public static string? American(string word, bool prefix = false)
    {
        if (word.Length < 4) return null; // "toe", "hour", "four": short words are left alone
        if (!prefix && Words.TryGetValue(word, out var american)) return american;
        var result = word.Replace("sulph", "sulf", StringComparison.Ordinal).Replace("ae", "e", StringComparison.Ordinal);
        // "oe" inside a word only: toe(s), shoe(s), does, goes end in it.
        if (!word.EndsWith("oe", StringComparison.Ordinal) && !word.EndsWith("oes", StringComparison.Ordinal))
        {
            result = result.Replace("oe", "e", StringComparison.Ordinal);
        }
        if (!prefix && word.Length >= 5)
        {
            foreach (var (british, usa) in Endings)
            {
                if (!result.EndsWith(british, StringComparison.Ordinal)) continue;
                result = string.Concat(result.AsSpan(0, result.Length - british.Length), usa);
                break;
            }
        }
        return result == word ? null : result;
    }
}
