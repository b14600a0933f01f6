using System.Globalization;

namespace CodeSearch.Suggestions.Text;

/// <summary>The character-by-character folding rules documented on <see cref="NormalizedText"/>.</summary>
internal static class TextFolder
{
    public static void Fold(string original, NormalizedTextBuilder output)
    {
        // Whether the last thing emitted was a collapsed whitespace run; dropped characters do not end a run.
        var inSpace = false;
        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            if (char.IsHighSurrogate(c) && i + 1 < original.Length && char.IsLowSurrogate(original[i + 1]))
            {
                output.Append(c, i, i + 2);
                output.Append(original[i + 1], i, i + 2);
                i++;
                inSpace = false;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (inSpace)
                {
                    output.ExtendLast(i + 1);
                }
                else
                {
                    output.Append(' ', i, i + 1);
                    inSpace = true;
                }

                continue;
            }

            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.Surrogate:
                case UnicodeCategory.Control:
                case UnicodeCategory.Format:
                    continue;
                case UnicodeCategory.NonSpacingMark:
                case UnicodeCategory.EnclosingMark:
                    // A mark belongs to the character before it: keep it inside that character's original span.
                    if (!inSpace && output.LastEnd == i)
                    {
                        output.ExtendLast(i + 1);
                    }

                    continue;
            }

            inSpace = false;
            var folded = CharFolding.Fold(c);
            if (folded is null)
            {
                output.Append(char.ToLowerInvariant(c), i, i + 1);
                continue;
            }

            foreach (var f in folded)
            {
                output.Append(f, i, i + 1);
            }
        }
    }
}
