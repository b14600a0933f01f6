using System.Text.RegularExpressions;

namespace CodeSearch.Core.Vocabulary;

/// <summary>
/// A chromosome band written the cytogeneticist's way ("15q24", "16p11.2", "1q41-q42", "15q26-qter") names a part of
/// a chromosome; the code titles say "part of a chromosome" ("Other deletions of part of a chromosome", "Duplications
/// of part of a chromosome"). Such a word is read as *part of chromosome*, and a "chromosome" written just before it
/// is dropped so the word is not doubled: "chromosome 17q12 deletion syndrome" → *part of chromosome deletion
/// syndrome*. An arm alone ("5p", "4p") is left as written: the titles name a few arms by number. Before this
/// rule the band matched nothing and "deletion" found "Deletion of short arm of chromosome 4" first.
/// </summary>
public static partial class ChromosomeBands
{
    /// <summary>What a band is read as.</summary>
    public const string Reading = "part of chromosome";

    /// <summary>The text with each band word read as <see cref="Reading"/>; the text itself when it holds none.</summary>
    public static string Read(string text)
    {
        if (!text.Any(char.IsDigit)) return text;
        var words = text.Split(' ');
        var output = new List<string>(words.Length + 2);
        var changed = false;
        foreach (var word in words)
        {
            if (!Band().IsMatch(word.Trim(',', ';', '(', ')')))
            {
                output.Add(word);
                continue;
            }
            if (output.Count > 0 && output[^1] is "chromosome" or "chromosomal") output.RemoveAt(output.Count - 1);
            output.Add(Reading);
            changed = true;
        }
        return changed ? string.Join(' ', output) : text;
    }

    // Chromosome 1–22, X or Y; arm p or q; a band number (sub-bands after a dot); optionally a second band or the
    // arm's end (ter) after a hyphen or written straight on ("16p11.2p12.2").
    [GeneratedRegex(@"^(?:[1-9]|1[0-9]|2[0-2]|x|y)[pq][1-9][0-9]?(?:\.[0-9]+)?(?:-?(?:(?:[1-9]|1[0-9]|2[0-2]|x|y)?[pq](?:[1-9][0-9]?(?:\.[0-9]+)?|ter)))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Band();
}
