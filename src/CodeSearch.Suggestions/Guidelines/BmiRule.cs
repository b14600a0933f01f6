using System.Globalization;
using System.Text.RegularExpressions;
using CodeSearch.Core;
using CodeSearch.Suggestions.Matching;
using CodeSearch.Suggestions.Pipeline;
using CodeSearch.Suggestions.Ranking;
using CodeSearch.Suggestions.Text;

namespace CodeSearch.Suggestions.Guidelines;

/// <summary>
/// Body mass index → Z68 from a stated adult value ("BMI 20 kg/m2" → Z68.20, "BMI of 41.3" → Z68.41; ICD-10-CM
/// guideline I.B.14: the value may come from any clinician). A sentence that speaks of percentiles (children) or
/// negates the value gets nothing; the code's evidence is the value as written.
/// </summary>
public static partial class BmiRule
{
    /// <summary>The rule's wording, shown in the rationale.</summary>
    public const string Wording = "body mass index stated as a value";

    // A comma between the words and the value ends the statement: "BMI, blood pressure 99/62" states no BMI value.
    // No match timeout: every part is bounded (at most 20 characters between the words and the value), so a match
    // costs a few dozen steps per position; a wall-clock timeout only fired when the machine was busy, and then
    // failed the whole note (and `codesearch learn`).
    [GeneratedRegex(@"\b(?:BMI|body\s+mass\s+index)\b[^0-9.,;\n]{0,20}?(\d{1,2}(?:[.,]\d{1,2})?)(?!\d|[.,]\d|\s*(?:th|st|nd|rd|%))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Stated();

    /// <summary>The undotted adult Z68 code of a value, or null outside 10-99.</summary>
    public static string? CodeFor(double bmi) => bmi switch
    {
        < 10 or >= 100 => null,
        < 20 => "Z681",
        < 30 => "Z682" + (int)(bmi - 20),
        < 40 => "Z683" + (int)(bmi - 30),
        < 45 => "Z6841",
        < 50 => "Z6842",
        < 60 => "Z6843",
        < 70 => "Z6844",
        _ => "Z6845",
    };

    /// <summary>One candidate per stated value's code (ICD-10-CM dictionaries only).</summary>
    public static IEnumerable<CodeCandidate> Find(string text, IReadOnlyList<NoteSentence> sentences, TermDictionary dictionary)
    {
        if (dictionary.System != CodeSystemId.Icd10Cm) yield break;
        var found = new StatedValueCandidates(dictionary, Wording, "bmi");
        for (var i = 0; i < sentences.Count; i++)
        {
            var span = sentences[i].Span;
            var sentence = text.Substring(span.Start, span.Length);
            if (sentence.Contains("percentile", StringComparison.OrdinalIgnoreCase)) continue;
            foreach (Match match in Stated().Matches(sentence))
            {
                var value = double.Parse(match.Groups[1].Value.Replace(',', '.'), CultureInfo.InvariantCulture);
                if (CodeFor(value) is not { } code) continue;
                found.Add(code, i, sentences[i], new TextSpan(span.Start + match.Index, span.Start + match.Index + match.Length));
            }
        }
        foreach (var candidate in found.Candidates()) yield return candidate;
    }
}
