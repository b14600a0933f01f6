namespace CodeSearch.Indexing.Analysis;

/// <summary>
/// Roman and Arabic numerals for the same type or grade: the code titles write both ("Mucopolysaccharidosis, type II",
/// "Von Willebrand disease, type 2A", "Multiple endocrine neoplasia [MEN] type IIA") and so do people ("type 3",
/// "type III"). A query word that is a numeral from 1 to 12, optionally followed by one subtype letter a–d ("3a",
/// "iiia"), also matches the other numeral with the same letter (<see cref="WordForms"/>). A lone "x" is left out (it
/// is the chromosome of "X-linked"), and so is "via".
/// </summary>
public static class NumeralForms
{
    private static readonly string[] Roman = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"];

    private static readonly Dictionary<string, int> RomanValue =
        Roman.Select((r, i) => (r, i + 1)).ToDictionary(p => p.r, p => p.Item2, StringComparer.Ordinal);

    // Numbers as people spell them out ("type two diabetes", "stage three"): matched as the Arabic and the Roman numeral.
    // "one" is left out: titles and product names write it as a word ("fracture of one rib", "Gel-One").
    private static readonly string[] English = ["", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    private static readonly Dictionary<string, int> EnglishValue =
        English.Select((e, i) => (e, i + 1)).Where(p => p.e.Length > 0).ToDictionary(p => p.e, p => p.Item2, StringComparer.Ordinal);

    /// <summary>
    /// The other forms of an analysed word that is a numeral: the other numeral ("iii" → "3"), and for a subtype the
    /// other numeral with the letter and both numerals without it ("2a" → "iia", "2", "ii": an index entry may name the
    /// type and list its subtypes apart, "type III (A) (B)"). Empty for any other word.
    /// </summary>
    public static IReadOnlyList<string> Of(string word)
    {
        if (word.Length == 0 || word.Length > 6 || word is "x" or "via") return [];
        var letter = word[^1] is >= 'a' and <= 'd' && word.Length > 1 ? word[^1..] : "";
        if (Value(word[..^letter.Length]) is not { } n) return [];
        var arabic = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (EnglishValue.ContainsKey(word)) return [arabic, Roman[n - 1]];
        var other = char.IsAsciiDigit(word[0]) ? Roman[n - 1] : arabic;
        return letter.Length == 0 ? [other] : [other + letter, arabic, Roman[n - 1]];
    }

    private static int? Value(string number)
    {
        if (number.Length == 0) return null;
        if (EnglishValue.TryGetValue(number, out var spelled)) return spelled;
        if (number.All(char.IsAsciiDigit))
        {
            return number[0] != '0' && int.TryParse(number, out var n) && n is >= 1 and <= 12 ? n : null;
        }
        return RomanValue.TryGetValue(number, out var value) ? value : null;
    }
}
