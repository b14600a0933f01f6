using System.Text;

namespace CodeSearch.Suggestions.Tests.Text;

/// <summary>Seeded random strings mixing clinical words, punctuation, whitespace, surrogates and combining marks.</summary>
internal static class RandomText
{
    private static readonly string[] Pieces =
    [
        "Pt", "denies", "HTN", "s/p", "r/o", "N/V", "E11.9", "2.5", "Dr.", "e.g.", "vs.", "HPI:", "Plan", "Assessment:",
        "FH:", "1.", "-", "*", ".", "?", "!", ":", "/", "'", "é", "e\u0301", "\u0301", "ß", "ﬁ", "Ａ", "\u00A0",
        "\u200B", "\u200E", "\u202E", "\uFEFF", "\0", "\t", " ", "\n", "\r\n", "\r", "\u2028", "\uD83D\uDE00",
        "\uD800", "\uDC00", "\uD835\uDC00", "Ⅻ", "½", "  ", "chest pain", "A&P", "\u00AD", "x-ray",
    ];

    public static IEnumerable<string> Strings(int seed, int count)
    {
        var random = new Random(seed);
        for (var n = 0; n < count; n++)
        {
            var builder = new StringBuilder();
            var length = random.Next(0, 40);
            for (var k = 0; k < length; k++)
            {
                if (random.Next(3) == 0)
                {
                    builder.Append((char)random.Next(0, 0x10000));
                }
                else
                {
                    builder.Append(Pieces[random.Next(Pieces.Length)]);
                }

                if (random.Next(4) == 0)
                {
                    builder.Append(' ');
                }
            }

            yield return builder.ToString();
        }

        yield return new string('\n', 10_000);
        yield return string.Concat(Enumerable.Repeat("HPI:\n1. a\r\n", 3_000));
        yield return new string('\u0301', 5_000);
        yield return new string('\uD800', 5_000);
        yield return string.Empty;
    }
}
