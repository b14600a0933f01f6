namespace CodeSearch.Indexing.Analysis;

/// <summary>
/// The other grammatical forms of a query word that the titles or the vocabulary may hold instead (docs/search.md,
/// "Plurals and inflections"). The index's plural filter (EnglishMinimalStemFilter) only strips a plain "-s" and turns
/// "-ies" into "-y": it keeps "toes", "knees" and "shoes" whole, makes "calluses" *calluse* and "rashes" *rashe*, and
/// knows no irregular plural ("feet", "teeth", "lice", "vertebrae"). A person also writes a verb where a term has
/// another form of it ("coughed up blood" for the lay term "coughing up blood", "vomited blood").
/// </summary>
public static class QueryWordForms
{
    private static readonly Dictionary<string, string> Irregular = new(StringComparer.Ordinal)
    {
        ["feet"] = "foot", ["teeth"] = "tooth", ["lice"] = "louse", ["mice"] = "mouse",
        ["women"] = "woman", ["children"] = "child", ["geese"] = "goose", ["vertebrae"] = "vertebra",
        ["bronchi"] = "bronchus", ["calculi"] = "calculus", ["fungi"] = "fungus", ["metastases"] = "metastasis",
        ["diagnoses"] = "diagnosis", ["testes"] = "testis", ["phalanges"] = "phalanx", ["appendices"] = "appendix",
        ["ganglia"] = "ganglion", ["bacilli"] = "bacillus", ["emboli"] = "embolus", ["thrombi"] = "thrombus",
        ["nuclei"] = "nucleus", ["corpora"] = "corpus", ["labia"] = "labium", ["bullae"] = "bulla",
        ["fibromata"] = "fibroma", ["stomata"] = "stoma", ["cervices"] = "cervix", ["indices"] = "index",
        ["apices"] = "apex", ["halves"] = "half", ["calves"] = "calf", ["knives"] = "knife", ["lives"] = "life",
        ["hooves"] = "hoof", ["wolves"] = "wolf", ["scarves"] = "scarf", ["loaves"] = "loaf",
    };

    // Verbs whose past tense or participle is not "-ed": the other forms people may mean, the one the titles or the
    // vocabulary use most first ("tick bit me" → bite; "broke my wrist" → broken, the lay term; "threw up" → throwing up).
    private static readonly Dictionary<string, string[]> IrregularVerbs = new(StringComparer.Ordinal)
    {
        ["bit"] = ["bite", "bitten", "biting"], ["broke"] = ["broken", "break", "breaking"],
        ["tore"] = ["torn", "tear", "tearing"], ["threw"] = ["throwing", "throw", "thrown"],
        ["fell"] = ["fall", "falling", "fallen"], ["stung"] = ["sting", "stinging"],
        ["burnt"] = ["burn", "burned", "burning"], ["bled"] = ["bleeding", "bleed"],
        ["swelled"] = ["swollen", "swelling", "swell"], ["froze"] = ["frozen", "freeze"],
        ["struck"] = ["strike", "struck"], ["caught"] = ["catch", "catching"], ["ate"] = ["eat", "eating"],
        ["stuck"] = ["stick", "sticking"], ["shook"] = ["shaking", "shake"], ["slept"] = ["sleep", "sleeping"],
        ["felt"] = ["feel", "feeling"], ["ran"] = ["run", "running"], ["wore"] = ["worn", "wear"],
    };

    /// <summary>Whether <paramref name="word"/> is the past tense or participle of a verb that does not end in "-ed".</summary>
    public static bool IsIrregularVerb(string word) => IrregularVerbs.ContainsKey(word);

    /// <summary>
    /// The singular forms <paramref name="word"/> (lower case, as typed) may be the plural of, most likely first; empty
    /// when it does not look plural. "toes" → toe; "calluses" → callus; "rashes" → rash; "knees" → knee; "feet" → foot.
    /// </summary>
    public static IReadOnlyList<string> Singulars(string word)
    {
        if (Irregular.TryGetValue(word, out var singular)) return [singular];
        if (word.Length < 4 || word[^1] != 's' || !word.All(char.IsAsciiLetterLower)) return [];
        if (word.EndsWith("ies", StringComparison.Ordinal)) return [word[..^3] + "y"];
        if (word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal)
            || word.EndsWith("zes", StringComparison.Ordinal) || word.EndsWith("ches", StringComparison.Ordinal)
            || word.EndsWith("shes", StringComparison.Ordinal))
        {
            return [word[..^2]];
        }
        // "calluses" → callus, "viruses" → virus, "abscesses" is above; "bruises" → bruise.
        if (word.EndsWith("ses", StringComparison.Ordinal)) return [word[..^2], word[..^1]];
        if (word.EndsWith("oes", StringComparison.Ordinal)) return [word[..^1], word[..^2]];
        if (word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("us", StringComparison.Ordinal)
            || word.EndsWith("is", StringComparison.Ordinal))
        {
            return [];
        }
        return [word[..^1]];
    }

    /// <summary>
    /// The other forms of a verb or participle <paramref name="word"/> (lower case): "coughed" → cough, coughing;
    /// "vomited" → vomit, vomiting; "swelling" → swell, swollen is not guessed; an irregular past from a short table:
    /// "bit" → bite, bitten, biting; "broke" → broken. Empty when it ends in neither "-ed" nor "-ing" and is not in the
    /// table.
    /// </summary>
    public static IReadOnlyList<string> Inflections(string word)
    {
        if (IrregularVerbs.TryGetValue(word, out var irregular)) return irregular;
        if (word.Length < 6 || !word.All(char.IsAsciiLetterLower)) return [];
        string[] stems;
        if (word.EndsWith("ied", StringComparison.Ordinal)) stems = [word[..^3] + "y"];
        else if (word.EndsWith("ed", StringComparison.Ordinal)) stems = Stems(word[..^2]);
        else if (word.EndsWith("ing", StringComparison.Ordinal)) stems = Stems(word[..^3]);
        else return [];
        var forms = new List<string>();
        foreach (var stem in stems)
        {
            if (stem.Length < 3) continue;
            forms.Add(stem);
            var ing = stem.EndsWith('e') && !stem.EndsWith("ee", StringComparison.Ordinal) ? stem[..^1] + "ing" : stem + "ing";
            var ed = stem.EndsWith('e') ? stem + "d" : stem + "ed";
            if (ing != word) forms.Add(ing);
            if (ed != word) forms.Add(ed);
        }
        return forms.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The condition nouns an adjective or participle <paramref name="word"/> (lower case) may stand for, most likely
    /// first: the words people use to say how they feel or what a part is, where the titles name the condition
    /// ("congested" → congestion, "dehydrated" → dehydration, "dizzy" → dizziness, "nauseous" → nausea, "anxious" →
    /// anxiety, "hypoxic" → hypoxia, "psychotic" → psychosis, "numb" → numbness). Empty when no ending fits.
    /// </summary>
    public static IReadOnlyList<string> Nouns(string word)
    {
        if (word.Length < 4 || !word.All(char.IsAsciiLetterLower)) return [];
        var forms = new List<string>();
        if (word.EndsWith("ed", StringComparison.Ordinal))
        {
            // "congested" → congestion, "dehydrated" → dehydration; "impaired" → impairment, "enlarged" → enlargement.
            forms.Add(word[..^2] + "ion");
            forms.Add(word[..^2] + "ment");
            forms.Add(word[..^1] + "ment");
            return forms;
        }
        if (word.EndsWith("ious", StringComparison.Ordinal)) forms.Add(word[..^3] + "ety");
        if (word.EndsWith("ous", StringComparison.Ordinal)) forms.Add(word[..^3] + "a");
        if (word.EndsWith("tic", StringComparison.Ordinal)) forms.Add(word[..^3] + "sis");
        if (word.EndsWith("ic", StringComparison.Ordinal)) forms.Add(word[..^2] + "ia");
        if (word.EndsWith('y') && word.Length > 4)
        {
            forms.Add(word[..^1] + "iness");
            forms.Add(word[..^1] + "ing");
        }
        else if (!word.EndsWith('y')) forms.Add(word + "ness");
        return forms.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Shortest -s form read as its -ing form: shorter everyday verbs ("runs", "cuts", "feels", "gets") name the
    /// activities of the external-cause titles (running, cutting), not a symptom.</summary>
    public const int MinGerundVerbLength = 6;

    /// <summary>
    /// The -ing form a verb's -s form (lower case, <see cref="MinGerundVerbLength"/> letters or more) may stand for, the
    /// way the titles name a symptom a patient says they do: "stutters" → stuttering, "snores" → snoring, "sneezes" → sneezing, "itches" → itching,
    /// "vomits" → vomiting. Null for a word not ending in a plain -s (a noun's -ss, -us, -is: "abscess", "sinus").
    /// </summary>
    public static string? Gerund(string word)
    {
        if (word.Length < MinGerundVerbLength || !word.All(char.IsAsciiLetterLower) || !word.EndsWith('s')
            || word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("us", StringComparison.Ordinal)
            || word.EndsWith("is", StringComparison.Ordinal)) return null;
        var verb = word[..^1];
        return verb.EndsWith('e') && !verb.EndsWith("ee", StringComparison.Ordinal) ? verb[..^1] + "ing" : verb + "ing";
    }

    // "cough" (coughed), "remove" (removed: the e dropped before the ending), "stop" (stopped: the consonant doubled).
    private static string[] Stems(string cut)
    {
        if (cut.Length >= 2 && cut[^1] == cut[^2] && !"aeiouls".Contains(cut[^1])) return [cut[..^1], cut];
        return [cut, cut + "e"];
    }
}
