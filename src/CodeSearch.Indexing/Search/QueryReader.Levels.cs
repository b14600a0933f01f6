using CodeSearch.Indexing.Analysis;

namespace CodeSearch.Indexing.Search;

// A blood level written as a level word and the substance (docs/search.md, "A level word beside a substance"): "low
// mg", "hyper ca", "high potassium" are the one word the titles write, hypomagnesemia, hypercalcemia, hyperkalemia.
// Read before the vocabulary, so the substance's abbreviation is not read alone ("ca" as cancer, "mg" as milligrams).
internal sealed partial class QueryReader
{
    // The word a level word starts.
    private static readonly Dictionary<string, string> LevelPrefixes = new(StringComparer.Ordinal)
    {
        ["low"] = "hypo", ["hypo"] = "hypo", ["decreased"] = "hypo",
        ["high"] = "hyper", ["hyper"] = "hyper", ["elevated"] = "hyper", ["elev"] = "hyper", ["raised"] = "hyper",
        ["increased"] = "hyper",
    };

    // The middle of the titles' word for a substance in the blood, written short or in full.
    private static readonly Dictionary<string, string> BloodSubstances = new(StringComparer.Ordinal)
    {
        ["k"] = "kal", ["potassium"] = "kal",
        ["na"] = "natr", ["sodium"] = "natr",
        ["ca"] = "calc", ["calcium"] = "calc",
        ["mg"] = "magnes", ["mag"] = "magnes", ["magnesium"] = "magnes",
        ["phos"] = "phosphat", ["phosphorus"] = "phosphat", ["phosphate"] = "phosphat",
        ["cl"] = "chlor", ["chloride"] = "chlor",
        ["alb"] = "albumin", ["albumin"] = "albumin",
    };

    // Words after the substance that make it food or medicine, not a blood level ("low na diet").
    private static readonly HashSet<string> NotBlood = new(StringComparer.Ordinal)
    {
        "diet", "intake", "supplement", "supplements", "supplementation", "food", "foods",
    };

    private string? BloodLevels(string text) => ReadBloodLevels(text, word =>
        QueryTokens.Analyze(word) is [var token] && Known(token));

    /// <summary>
    /// A level word followed by a blood substance ("low mg", "hyper ca") read as the one word hypo/hyper + substance +
    /// "emia" when <paramref name="held"/> says a title holds it; a following "level" or "levels" is dropped with it.
    /// Null when nothing changed.
    /// </summary>
    internal static string? ReadBloodLevels(string text, Func<string, bool> held)
    {
        var words = text.Split(' ');
        var read = new List<string>(words.Length);
        var changed = false;
        for (var i = 0; i < words.Length; i++)
        {
            if (i + 1 < words.Length && LevelPrefixes.TryGetValue(words[i], out var prefix)
                && BloodSubstances.TryGetValue(words[i + 1], out var middle)
                && (i + 2 >= words.Length || !NotBlood.Contains(words[i + 2]))
                && prefix + middle + "emia" is var word && held(word))
            {
                read.Add(word);
                i++;
                if (i + 1 < words.Length && words[i + 1] is "level" or "levels") i++;
                changed = true;
                continue;
            }
            read.Add(words[i]);
        }
        return changed ? string.Join(' ', read) : null;
    }
}
