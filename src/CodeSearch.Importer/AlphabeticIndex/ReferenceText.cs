using System.Text;
using CodeSearch.Importer.Tabular;

namespace CodeSearch.Importer.AlphabeticIndex;

/// <summary>
/// Normalises "see" texts and titles for comparison: parenthesised text dropped, whitespace collapsed, and a closing "NEC"
/// dropped, since references leave it out ("Dependence, drug, opioid" names the subterm "drug NEC").
/// </summary>
internal static class ReferenceText
{
    public static string Normalise(string text)
    {
        var normalised = WithoutParentheses(text);
        return normalised.EndsWith(" NEC", StringComparison.Ordinal) ? normalised[..^4] : normalised;
    }

    private static string WithoutParentheses(string text)
    {
        if (!text.Contains('(')) return XmlText.Collapse(text);
        var kept = new StringBuilder(text.Length);
        var depth = 0;
        foreach (var c in text)
        {
            if (c == '(') depth++;
            else if (c == ')' && depth > 0) depth--;
            else if (depth == 0) kept.Append(c);
        }
        return XmlText.Collapse(kept.ToString());
    }

    /// <summary>"Infarct, myocardium (acute)" gives ["Infarct", "myocardium"]; blank parts are dropped.</summary>
    public static string[] Parts(string reference) =>
        WithoutParentheses(reference).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(Normalise).Where(p => p.Length > 0).ToArray();
}
