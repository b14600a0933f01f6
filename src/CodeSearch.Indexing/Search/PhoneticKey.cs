using System.Text;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// How a word sounds, as a short key of consonants (docs/search.md, "Misspellings"): two spellings a person hears
/// alike share it although several edits part them. "sirosis" and "cirrhosis" are both <c>SRS</c>, "emfasema" and
/// "emphysema" <c>AMFSM</c>, "numonia" and "pneumonia" <c>NMN</c>, "infecshun" and "infection" <c>ANFKXN</c>, "exema" and
/// "eczema" <c>AKSM</c>. Rules, in order: a silent first letter goes (pn, ps, pt, kn, gn, mn, wr, rh: "pneumonia" →
/// neumonia); ph → f; ch, ck, q, and c before a consonant or a, o, u → k; c before e, i, y → s; x → ks (z at the
/// start); z → s; sh, and ti or si before a vowel → x (the "sh" sound: "infection", "infecshun", "concussion"); dg, and g before i or y after the first letter → j ("farinjitis", "pharyngitis"); t
/// before "ur" → k, the sound ch stands for ("fracher", "fracture");
/// gh, h and w after the first letter go; a first vowel is written A and other vowels (and y) go; a letter repeated is
/// written once. Not Soundex or Metaphone: written for the way medical words are misheard.
/// </summary>
public static class PhoneticKey
{
    private static readonly string[] SilentStarts = ["pn", "ps", "pt", "kn", "gn", "mn", "wr", "rh"];

    /// <summary>The key of <paramref name="word"/> (lower-case ASCII letters; other characters are skipped).</summary>
    public static string Of(string word)
    {
        var w = word.ToLowerInvariant();
        foreach (var silent in SilentStarts)
        {
            if (w.StartsWith(silent, StringComparison.Ordinal)) { w = w[1..]; break; }
        }
        var key = new StringBuilder(w.Length);
        void Add(char c)
        {
            if (key.Length == 0 || key[^1] != c) key.Append(c);
        }
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            var next = i + 1 < w.Length ? w[i + 1] : '\0';
            var after = i + 2 < w.Length ? w[i + 2] : '\0';
            if (!char.IsAsciiLetterLower(c)) continue;
            if (IsVowel(c))
            {
                if (i == 0) Add('A');
                else if (key.Length > 0 && key[^1] != '.') key.Append('.'); // a vowel parts repeated consonants ("ss" vs "s.s")
                continue;
            }
            switch (c)
            {
                case 'p' when next == 'h': Add('F'); i++; break;
                case 's' when next == 'h': Add('X'); i++; break;
                case 'c' when next == 'h': Add('K'); i++; break;
                case 'c' when next == 'k': Add('K'); i++; break;
                case 'c' when next is 'e' or 'i' or 'y': Add('S'); break;
                case 'c': Add('K'); break;
                case 'q': Add('K'); break;
                case 'x' when i == 0: Add('S'); break;
                case 'x': Add('K'); Add('S'); break;
                case 'z': Add('S'); break;
                case 't' or 's' when next == 'i' && IsVowel(after):
                    if (c == 's' && key.Length > 0 && key[^1] == 'S') key.Length--; // "ssi" is one sound
                    Add('X');
                    i++;
                    break;
                case 'd' when next == 'g': Add('J'); i++; break;
                case 'g' when next is 'i' or 'y' && i > 0: Add('J'); break;
                case 't' when next == 'u' && after == 'r': Add('K'); break;
                case 'g' when next == 'h': i++; break;
                case 'h' or 'w' when i > 0: break;
                default: Add(char.ToUpperInvariant(c)); break;
            }
        }
        // Vowels only part consonants; they are not part of the key.
        return key.ToString().Replace(".", "", StringComparison.Ordinal);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
