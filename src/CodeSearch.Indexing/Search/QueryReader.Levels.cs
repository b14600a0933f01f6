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
        ["glucose"] = "glyc", ["sugar"] = "glyc", ["bg"] = "glyc",
    };

    // Words after the substance that make it food or medicine, not a blood level ("low na diet").
    private static readonly HashSet<string> NotBlood = new(StringComparer.Ordinal)
    {
        "diet", "intake", "supplement", "supplements", "supplementation", "food", "foods",
    };

    private string? BloodLevels(string text) => ReadBloodLevels(text, word =>
        QueryTokens.Analyze(word) is [var token] && Known(token));

    /// <summary>
    /// A level word followed by a blood substance ("low mg", "hyper ca", "low blood sugar"), or a substance followed by
    /// a level word that ends the query ("k low"), read as the one word hypo/hyper + substance + "emia" when
    /// <paramref name="held"/> says a title holds it; a "blood" between them and a following "level" or "levels" are
    /// dropped with it. Null when nothing changed.
    /// </summary>
    internal static string? ReadBloodLevels(string text, Func<string, bool> held)
    {
        var words = text.Split(' ');
        var read = new List<string>(words.Length);
        var changed = false;
        for (var i = 0; i < words.Length; i++)
        {
            if (LevelAt(words, i, held) is ({ } word, var end))
            {
                read.Add(word);
                i = end < words.Length && words[end] is "level" or "levels" ? end : end - 1;
                changed = true;
                continue;
            }
            read.Add(words[i]);
        }
        return changed ? string.Join(' ', read) : null;
    }

    // The word read at words[at] and the index just past the words it stands for, or (null, 0).
    private static (string? Word, int End) LevelAt(string[] words, int at, Func<string, bool> held)
    {
        if (LevelPrefixes.TryGetValue(words[at], out var prefix))
        {
            var s = at + 1 < words.Length && words[at + 1] == "blood" ? at + 2 : at + 1;
            if (s < words.Length && BloodSubstances.TryGetValue(words[s], out var middle)
                && (s + 1 >= words.Length || !NotBlood.Contains(words[s + 1]))
                && prefix + middle + "emia" is var word && held(word))
                return (word, s + 1);
        }
        // "k low", "potassium high": the level word last (or before "level"), never "hypo"/"hyper" after the substance.
        if (BloodSubstances.TryGetValue(words[at], out var after) && at + 1 < words.Length
            && words[at + 1] is "low" or "high" or "elevated" && LevelPrefixes[words[at + 1]] is var p
            && (at + 2 == words.Length || (at + 3 == words.Length && words[at + 2] is "level" or "levels"))
            && p + after + "emia" is var back && held(back))
            return (back, at + 2);
        return (null, 0);
    }
}
