namespace CodeSearch.Core.Vocabulary;

/// <summary>A query with the words of one code system read (<see cref="SystemWordRewriter"/>).</summary>
/// <param name="Text">The rewritten query; ends in a space when the original did or when its last word was read or completed.</param>
/// <param name="Written">The words read, as written, in query order; empty when nothing changed.</param>
public sealed record SystemRewrite(string Text, IReadOnlyList<string> Written);

/// <summary>
/// Reads a query searched in one code system in that system's words (docs/search.md, "Words of one code system"):
/// <list type="number">
/// <item>a word being typed at the end is completed to the vocabulary term it starts, with the query's words before it
/// starting the term's words before it ("hip repl" → hip replacement, "coronary art byp" → coronary artery bypass,
/// "hysterect" → hysterectomy), or to a combining form and the operation suffix it starts ("splenect" → splenectomy);</item>
/// <item>the longest phrase of <c>system-words.tsv</c> is replaced by its reading unless one of its "unless" words stands
/// in the query ("removal of the appendix" → resection of the appendix; "removal of stent" is kept: Removal is the
/// PCS operation on a device); a phrase of two or more words of the clinical vocabulary is left for it to read;</item>
/// <item>a word made of a combining form and an operation suffix reads as the root operation and the body part, an
/// "-oscopy" with the approach an endoscope takes there ("splenectomy" → resection spleen, "cystoscopy" → inspection
/// bladder natural opening endoscopic); the suffix's linking vowel may be missing and a combining form of five letters
/// or more may be one edit off ("colonscopy", "apendectomy");</item>
/// <item>beside an inspection and no other operation, "diagnostic" is read as nothing ("diagnostic colonoscopy" →
/// inspection lower intestinal tract natural opening endoscopic).</item>
/// </list>
/// </summary>
public static class SystemWordRewriter
{
    /// <summary>Shortest word being typed that is completed.</summary>
    public const int MinCompletedLength = 3;

    /// <summary>Fewest letters of an operation suffix a word being typed must show to be completed ("ect" of "ectomy").</summary>
    public const int MinSuffixStart = 2;

    /// <summary>Shortest combining form matched one edit off.</summary>
    public const int MinFuzzyRootLength = 5;

    /// <summary>Shortest word split into a combining form and a suffix.</summary>
    public const int MinComposedLength = 6;

    /// <summary>The shortest adverb read as its adjective ("laparoscopically" → "laparoscopic").</summary>
    public const int MinAdverbLength = 8;

    // The ICD-10-PCS root operations other than Inspection, as the tables name them.
    private static readonly HashSet<string> RootOperations = new(StringComparer.Ordinal)
    {
        "alteration", "bypass", "change", "control", "creation", "destruction", "detachment", "dilation", "division",
        "drainage", "excision", "extirpation", "extraction", "fragmentation", "fusion", "insertion", "map", "occlusion",
        "reattachment", "release", "removal", "repair", "replacement", "reposition", "resection", "restriction",
        "revision", "supplement", "transfer", "transplantation",
    };

    private const string InspectionWord = "inspection ";
    private const string ResectionWord = "resection ";

    private static readonly char[] Punctuation = ['.', ',', ';', ':', '!', '?', '(', ')', '"', '[', ']'];

    // Words that say a procedure was done to look, not to treat.
    private static readonly HashSet<string> DiagnosticWords = new(StringComparer.Ordinal) { "diagnostic" };

    private static readonly HashSet<string> JoiningWords = new(StringComparer.Ordinal) { "with", "w/", "w", "plus" };

    // Growths cut out of a body part (PCS Excision of the part).
    private static readonly HashSet<string> LesionWords = new(StringComparer.Ordinal)
    {
        "tumor", "tumors", "tumour", "tumours", "mass", "masses", "polyp", "polyps", "nodule", "nodules", "cyst", "cysts",
    };

    // Matter taken out of a body part rather than the part itself: beside one of them "removal" is the PCS root
    // operation Extirpation ("removal of kidney stone" → extirpation kidney), not a Resection or the Removal of a device.
    private static readonly HashSet<string> MatterWords = new(StringComparer.Ordinal)
    {
        "stone", "stones", "calculus", "calculi", "clot", "clots", "thrombus", "fb",
    };

    // The readings of a row that names only the way in, never an operation.
    private static readonly HashSet<string> ApproachReadings = new(StringComparer.Ordinal)
    {
        "percutaneous endoscopic", "via natural or artificial opening endoscopic", "percutaneous", "open", "external",
        "via natural or artificial opening",
    };

    // Words that take something out, read as Extirpation beside a matter word.
    private static readonly HashSet<string> TakeOutWords = new(StringComparer.Ordinal) { "removal", "remove", "removed", "retrieval" };

    // Words before an "-ectomy" that say only part of the body part is taken out: PCS Excision, not Resection.
    private static readonly HashSet<string> PartOfWords = new(StringComparer.Ordinal) { "partial", "subtotal", "segmental", "wedge" };

    // Words before an "-ectomy" that say all of it is taken out, which the root operation Resection already says.
    private static readonly HashSet<string> AllOfWords = new(StringComparer.Ordinal) { "total", "complete" };

    // Where "foreign body" starts in the query's words, or -1.
    private static int ForeignBodyAt(List<string> keys)
    {
        for (var i = 0; i + 1 < keys.Count; i++)
            if (keys[i] == "foreign" && (keys[i + 1] == "body" || keys[i + 1] == "bodies")) return i;
        return -1;
    }

    /// <summary>
    /// Rewrites <paramref name="text"/> (normalised query text) for a search in <paramref name="system"/> only.
    /// <paramref name="wholeWord"/> says whether a word is a whole word of the system's titles: such a word being
    /// typed is taken as it stands, not completed to a longer vocabulary term ("mastectomy bra" keeps "bra").
    /// </summary>
    public static SystemRewrite Rewrite(SystemWords words, ClinicalVocabulary vocabulary, CodeSystemId system, string text,
        Func<string, bool>? wholeWord = null)
    {
        var raw = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (raw.Count == 0 || !words.Systems.Contains(system)) return new SystemRewrite(text, []);
        var keys = raw.Select(w => w.Trim(Punctuation).ToLowerInvariant()).ToList();
        var written = new List<string>();
        var typing = !text.EndsWith(' ') && char.IsLetterOrDigit(text[^1]);
        var completed = false;
        if (typing && !(wholeWord?.Invoke(keys[^1]) ?? false) && Completion(words, vocabulary, system, keys) is { } completion)
        {
            written.Add(string.Join(' ', keys.Skip(keys.Count - completion.Count)));
            raw.RemoveRange(raw.Count - completion.Count, completion.Count);
            keys.RemoveRange(keys.Count - completion.Count, completion.Count);
            raw.AddRange(completion.Words);
            keys.AddRange(completion.Words);
            completed = true;
        }
        // An endoscopy beside another operation ("colonoscopy with biopsy") is the way in, not an inspection.
        var otherOperation = keys.Any(k => IsOperation(words, system, keys, k));
        // "with" before another procedure joins two procedures ("egd with dilation"); in the tables it only
        // introduces a device or substance, so it is read as nothing there.
        var operationAfter = new bool[keys.Count + 1];
        for (var j = keys.Count - 1; j >= 0; j--) operationAfter[j] = operationAfter[j + 1] || IsOperation(words, system, keys, keys[j]);
        var output = new List<string>(raw.Count);
        var lastRead = false;
        var maxWords = Math.Max(words.MaxWords, vocabulary.MaxWords);
        var matter = system == CodeSystemId.Icd10Pcs && (keys.Any(MatterWords.Contains) || ForeignBodyAt(keys) >= 0);
        for (var i = 0; i < raw.Count;)
        {
            if (matter && TakeOutWords.Contains(keys[i]))
            {
                // "removal of foreign body from eye" → extirpation matter eye (08C).
                output.Add("extirpation");
                written.Add(keys[i]);
                lastRead = i == raw.Count - 1;
                i++;
                continue;
            }
            if (matter && (keys[i] == "fb" || ForeignBodyAt(keys) == i))
            {
                // The tables call whatever is taken out "matter".
                var n = keys[i] == "fb" ? 1 : 2;
                output.Add("matter");
                written.Add(string.Join(' ', keys.GetRange(i, n)));
                lastRead = i + n == raw.Count;
                i += n;
                continue;
            }
            var taken = 0;
            for (var n = Math.Min(maxWords, raw.Count - i); n >= 1 && taken == 0; n--)
            {
                var phrase = string.Join(' ', keys.GetRange(i, n));
                if (words.Find(system, SystemWordKind.Word, phrase) is { } row && !row.Unless.Any(keys.Contains))
                {
                    // Beside another operation, an endoscopy named as a word is the way in too: its approach column
                    // ("ercp with stent" → bile duct natural opening endoscopic), or its reading without the
                    // inspection ("cysto", "egd").
                    var means = !otherOperation ? row.Means
                        : row.Approach.Length > 0 ? row.Approach
                        : row.Means.StartsWith(InspectionWord, StringComparison.Ordinal) ? row.Means[InspectionWord.Length..] : row.Means;
                    if (means.Length > 0) output.Add(means);
                    written.Add(phrase);
                    lastRead = i + n == raw.Count;
                    taken = n;
                }
                else if (n >= 2 && vocabulary.Find(phrase) is { Curated: true })
                {
                    output.AddRange(raw.GetRange(i, n));
                    lastRead = false;
                    taken = n;
                }
            }
            if (taken > 0)
            {
                i += taken;
                continue;
            }
            if (JoiningWords.Contains(keys[i]) && operationAfter[i + 1] && system == CodeSystemId.Icd10Pcs)
            {
                written.Add(keys[i]);
                i++;
                continue;
            }
            if (system == CodeSystemId.Icd10Pcs && VertebralLevels.Read(keys[i]) is { } joint)
            {
                // "c5-c6 fusion" → cervical vertebral joint fusion.
                output.Add(joint);
                written.Add(keys[i]);
                lastRead = i == raw.Count - 1;
                i++;
                continue;
            }
            if (system == CodeSystemId.Icd10Pcs && Adjective(words, vocabulary, system, keys[i], wholeWord) is { } adjective)
            {
                // "appendix removed laparoscopically" → laparoscopic: the adverb of an approach is read as its
                // adjective, then read again as a word.
                written.Add(keys[i]);
                raw[i] = adjective;
                keys[i] = adjective;
                continue;
            }
            if (Compose(words, system, keys[i], inspect: !otherOperation) is { } reading)
            {
                // "partial nephrectomy" → excision kidney; "total gastrectomy" → resection stomach.
                if (i > 0 && reading.StartsWith(ResectionWord, StringComparison.Ordinal) && output.Count > 0
                    && output[^1] == raw[i - 1] && (PartOfWords.Contains(keys[i - 1]) || AllOfWords.Contains(keys[i - 1])))
                {
                    if (PartOfWords.Contains(keys[i - 1])) reading = "excision " + reading[ResectionWord.Length..];
                    output.RemoveAt(output.Count - 1);
                    written.Add(keys[i - 1]);
                }
                output.Add(reading);
                written.Add(keys[i]);
                lastRead = i == raw.Count - 1;
            }
            else
            {
                output.Add(raw[i]);
                lastRead = false;
            }
            i++;
        }
        // A tumour, polyp or cyst is cut out of its body part, not the body part taken out: "resection of bladder
        // tumor" is an Excision of the bladder.
        if (system != CodeSystemId.Icd10Cm && keys.Any(LesionWords.Contains))
        {
            for (var o = 0; o < output.Count; o++)
            {
                if (output[o] != "resection" && !output[o].StartsWith(ResectionWord, StringComparison.Ordinal)) continue;
                if (output[o] == "resection") written.Add("resection");
                output[o] = "excision" + output[o]["resection".Length..];
            }
        }
        // An inspection is diagnostic in itself: "diagnostic colonoscopy" is the inspection, while the tables'
        // Diagnostic qualifier belongs to the operations that take something out (excision, drainage).
        if (system == CodeSystemId.Icd10Pcs && !otherOperation && output.Any(o => o.StartsWith(InspectionWord, StringComparison.Ordinal)))
        {
            for (var o = output.Count - 1; o >= 0; o--)
            {
                if (!DiagnosticWords.Contains(output[o].Trim(Punctuation).ToLowerInvariant())) continue;
                written.Add(output[o].Trim(Punctuation).ToLowerInvariant());
                output.RemoveAt(o);
            }
        }
        if (written.Count == 0 || output.Count == 0) return new SystemRewrite(text, []);
        var trailing = text.EndsWith(' ') || lastRead || completed ? " " : "";
        return new SystemRewrite(string.Join(' ', output) + trailing, written);
    }

    // The adjective of an adverb ("laparoscopically" → "laparoscopic", "percutaneously" → "percutaneous") when the
    // adverb itself is read nowhere and the adjective is a word row, a vocabulary term or a whole word of the titles.
    private static string? Adjective(SystemWords words, ClinicalVocabulary vocabulary, CodeSystemId system, string key,
        Func<string, bool>? wholeWord)
    {
        if (key.Length < MinAdverbLength || !key.EndsWith("ly", StringComparison.Ordinal)) return null;
        if (words.Find(system, SystemWordKind.Word, key) is not null || vocabulary.Find(key) is not null
            || (wholeWord?.Invoke(key) ?? false)) return null;
        foreach (var adjective in (string[])[key.EndsWith("ally", StringComparison.Ordinal) ? key[..^4] : "", key[..^2]])
        {
            if (adjective.Length == 0) continue;
            if (words.Find(system, SystemWordKind.Word, adjective) is not null || vocabulary.Find(adjective) is not null
                || (wholeWord?.Invoke(adjective) ?? false)) return adjective;
        }
        return null;
    }

    // Whether a word reads as a root operation other than Inspection: as the tables name it ("dilation"), as a word
    // row ("biopsy" → excision), or as a combining form with an operation suffix other than "-oscopy" ("esophagectomy").
    private static bool IsOperation(SystemWords words, CodeSystemId system, List<string> keys, string key) =>
        RootOperations.Contains(key)
        || (words.Find(system, SystemWordKind.Word, key) is { } row && !row.Unless.Any(keys.Contains) && RootOperations.Contains(row.Means.Split(' ')[0]))
        || (Compose(words, system, key, inspect: true) is { } composed && RootOperations.Contains(composed.Split(' ')[0]));

    // The words that complete the query's last words (how many of them, and the term's words), or null.
    private static (int Count, string[] Words)? Completion(SystemWords words, ClinicalVocabulary vocabulary, CodeSystemId system, List<string> keys)
    {
        var last = keys[^1];
        // ICD-10-CM reads only drug names: a word being typed there is a diagnosis's, left to the clinical reading.
        if (system == CodeSystemId.Icd10Cm || last.Length < MinCompletedLength || !last.All(char.IsAsciiLetterLower)) return null;
        var kind = system == CodeSystemId.Icd10Pcs ? TermKind.Procedure : system == CodeSystemId.Hcpcs ? TermKind.Product : (TermKind?)null;
        var terms = words.Rows.Where(r => r.System == system && r.Kind == SystemWordKind.Word).Select(r => r.Term)
            .Concat(vocabulary.Terms.Where(t => t.Curated && t.Kind == kind).Select(t => t.Term)).ToList();
        // The last words already a whole term are read as it ("lap band" is not completed to "lap banding").
        for (var n = 1; n <= keys.Count; n++)
        {
            var tail = string.Join(' ', keys.Skip(keys.Count - n));
            if (terms.Contains(tail, StringComparer.Ordinal)) return null;
        }
        string[]? best = null;
        foreach (var term in terms)
        {
            var termWords = term.Split(' ');
            if (termWords.Length > keys.Count || !Starts(termWords, keys)) continue;
            // A row that reads as an approach only ("cystoscopic", "transurethral") names no operation: a word being
            // typed is completed to the operation it starts ("cystosc" → cystoscopy), not to the way in.
            if (words.Find(system, SystemWordKind.Word, term) is { } row && ApproachReadings.Contains(row.Means)) continue;
            // More words matched first (the query's context), then the shortest term (the common reading).
            if (best is null || termWords.Length > best.Length || (termWords.Length == best.Length && term.Length < string.Join(' ', best).Length))
            {
                best = termWords;
            }
        }
        if (best is not null) return (best.Length, best);
        return ComposedCompletion(words, system, last) is { } word ? (1, [word]) : null;
    }

    // The query's last words start the term's words, the last one strictly ("repl" of "replacement").
    private static bool Starts(string[] termWords, List<string> keys)
    {
        var offset = keys.Count - termWords.Length;
        for (var j = 0; j < termWords.Length; j++)
        {
            var key = keys[offset + j];
            var isLast = j == termWords.Length - 1;
            if (isLast ? key.Length >= termWords[j].Length || !termWords[j].StartsWith(key, StringComparison.Ordinal)
                       : key != termWords[j] && (key.Length < MinCompletedLength || !termWords[j].StartsWith(key, StringComparison.Ordinal)))
            {
                return false;
            }
        }
        return true;
    }

    // "hysterect" → hysterectomy: a combining form, then the start of exactly one operation suffix.
    private static string? ComposedCompletion(SystemWords words, CodeSystemId system, string word)
    {
        string? found = null;
        foreach (var root in words.Rows.Where(r => r.System == system && r.Kind == SystemWordKind.Root && word.StartsWith(r.Term, StringComparison.Ordinal)))
        {
            var rest = word[root.Term.Length..];
            if (rest.Length < MinSuffixStart) continue;
            foreach (var suffix in words.Rows.Where(r => r.System == system && r.Kind == SystemWordKind.Suffix))
            {
                if (suffix.Term.Length <= rest.Length || !suffix.Term.StartsWith(rest, StringComparison.Ordinal)) continue;
                var candidate = root.Term + suffix.Term;
                if (found is not null && found != candidate) return null;
                found = candidate;
            }
        }
        return found;
    }

    // "splenectomy" → resection spleen; null when the word is not a combining form and an operation suffix. An
    // "-oscopy" read beside another operation (inspect false) gives only the body part and the approach.
    /// <summary>Whether <paramref name="word"/> reads as a combining form and an operation suffix ("menisectomy").</summary>
    public static bool Composes(SystemWords words, CodeSystemId system, string word) =>
        Compose(words, system, word, inspect: true) is not null;

    private static string? Compose(SystemWords words, CodeSystemId system, string word, bool inspect)
    {
        if (word.Length < MinComposedLength || !word.All(char.IsAsciiLetterLower)) return null;
        foreach (var suffix in words.Rows.Where(r => r.System == system && r.Kind == SystemWordKind.Suffix).OrderByDescending(r => r.Term.Length))
        {
            foreach (var ending in Endings(suffix.Term))
            {
                if (!word.EndsWith(ending, StringComparison.Ordinal) || word.Length == ending.Length) continue;
                if (Root(words, system, word[..^ending.Length]) is not { } root) continue;
                if (!suffix.Means.EndsWith("endoscopic", StringComparison.Ordinal)) return suffix.Means + " " + root.Means;
                var operation = inspect ? suffix.Means[..^"endoscopic".Length].TrimEnd() : "";
                var part = inspect ? root.EndoscopyPart : root.Means;
                return string.Join(' ', new[] { operation, part, root.Approach, "endoscopic" }.Where(p => p.Length > 0));
            }
        }
        return null;
    }

    // The suffix as written, and without its linking vowel ("oscopy", "scopy"; "ectomy", "ctomy").
    private static IEnumerable<string> Endings(string suffix)
    {
        yield return suffix;
        if (suffix.Length > 4 && "aeiou".Contains(suffix[0])) yield return suffix[1..];
    }

    // The combining form a stem is: itself, without a final linking "o", or one edit from a form of five letters or more.
    private static SystemWord? Root(SystemWords words, CodeSystemId system, string stem)
    {
        if (words.Find(system, SystemWordKind.Root, stem) is { } exact) return exact;
        if (stem.Length > 3 && stem[^1] == 'o' && words.Find(system, SystemWordKind.Root, stem[..^1]) is { } linked) return linked;
        if (stem.Length < MinFuzzyRootLength - 1) return null;
        return words.Rows.FirstOrDefault(r => r.System == system && r.Kind == SystemWordKind.Root
                                              && r.Term.Length >= MinFuzzyRootLength && OneEdit(stem, r.Term));
    }

    // Damerau distance exactly one (one insertion, deletion, substitution or swap of neighbours).
    private static bool OneEdit(string a, string b)
    {
        if (a == b || Math.Abs(a.Length - b.Length) > 1) return false;
        var start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start]) start++;
        if (a.Length == b.Length)
        {
            if (a[(start + 1)..] == b[(start + 1)..]) return true;
            return start + 1 < a.Length && a[start] == b[start + 1] && a[start + 1] == b[start] && a[(start + 2)..] == b[(start + 2)..];
        }
        var (longer, shorter) = a.Length > b.Length ? (a, b) : (b, a);
        return longer[(start + 1)..] == shorter[start..];
    }
}
