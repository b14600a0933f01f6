using System.Globalization;
using System.Text.RegularExpressions;
using CodeSearch.Core;
using CodeSearch.Suggestions.Matching;
using CodeSearch.Suggestions.Pipeline;
using CodeSearch.Suggestions.Ranking;
using CodeSearch.Suggestions.Text;

namespace CodeSearch.Suggestions.Guidelines;

/// <summary>
/// Glasgow coma scale → R40.24 from a stated total score ("Glasgow score of 6" → R40.243, "Glasgow 15/15" →
/// R40.241, "an 8-point Glasgow coma scale" → R40.243; ICD-10-CM guideline I.C.18.e: the total score may be coded
/// when the individual scores are not documented). Each stated score gives its range's subcategory (3-8, 9-12,
/// 13-15), which coders of the 2018 release used as the code, and its 7th character: 2 (at arrival to the
/// emergency department) when the sentence says "emergency", else 0 (unspecified time). A value outside 3-15 gives
/// nothing; a number followed by a unit ("Glasgow at 24 hours") is not a score.
/// </summary>
public static partial class GlasgowRule
{
    /// <summary>The rule's wording, shown in the rationale.</summary>
    public const string Wording = "Glasgow coma scale total score stated as a value";

    // Bounded parts only (no match timeout needed, as BmiRule): "Glasgow" then at most 25 characters of scale wording
    // before the value, or the value right before "-point Glasgow"; "/15" after the value is allowed.
    [GeneratedRegex(@"\bGlasgow\b(?:\s+coma)?(?:\s+(?:scale|score))*[^0-9.;\n]{0,25}?\b(\d{1,2})\b(?!\s*(?:%|mm|mg|h\b|hours?|days?|years?))|\b(\d{1,2})[\s-]*points?\s+Glasgow\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Stated();

    /// <summary>The undotted R40.24 subcategory of a total score, or null outside 3-15.</summary>
    public static string? SubcategoryFor(int score) => score switch
    {
        >= 13 and <= 15 => "R40241",
        >= 9 and <= 12 => "R40242",
        >= 3 and <= 8 => "R40243",
        _ => null,
    };

    /// <summary>Candidates for every stated score's subcategory and 7th-character code (ICD-10-CM dictionaries only).</summary>
    public static IEnumerable<CodeCandidate> Find(string text, IReadOnlyList<NoteSentence> sentences, TermDictionary dictionary)
    {
        if (dictionary.System != CodeSystemId.Icd10Cm) yield break;
        var found = new StatedValueCandidates(dictionary, Wording, Stemmer.Stem("glasgow"));
        for (var i = 0; i < sentences.Count; i++)
        {
            var span = sentences[i].Span;
            // Most sentences never name the scale: test before copying the sentence out.
            if (!text.AsSpan(span.Start, span.Length).Contains("glasgow", StringComparison.OrdinalIgnoreCase)) continue;
            var sentence = text.Substring(span.Start, span.Length);
            var emergency = sentence.Contains("emergency", StringComparison.OrdinalIgnoreCase);
            foreach (Match match in Stated().Matches(sentence))
            {
                var value = match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value;
                if (SubcategoryFor(int.Parse(value, CultureInfo.InvariantCulture)) is not { } subcategory) continue;
                var evidence = new TextSpan(span.Start + match.Index, span.Start + match.Index + match.Length);
                found.Add(subcategory, i, sentences[i], evidence);
                found.Add(subcategory + (emergency ? "2" : "0"), i, sentences[i], evidence);
            }
        }
        foreach (var candidate in found.Candidates()) yield return candidate;
    }
}
