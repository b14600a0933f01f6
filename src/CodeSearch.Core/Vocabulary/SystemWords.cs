namespace CodeSearch.Core.Vocabulary;

/// <summary>What a row of <c>system-words.tsv</c> describes.</summary>
public enum SystemWordKind
{
    /// <summary>A word or phrase read as other words in one code system ("biopsy" → excision diagnostic in ICD-10-PCS).</summary>
    Word = 1,
    /// <summary>An operation suffix naming an ICD-10-PCS root operation ("ectomy" → resection).</summary>
    Suffix = 2,
    /// <summary>A combining form naming a body part ("splen" → spleen).</summary>
    Root = 3,
}

/// <summary>One row of <c>system-words.tsv</c>.</summary>
/// <param name="System">The only code system the row is read in.</param>
/// <param name="Kind">Word, suffix or root.</param>
/// <param name="Term">Lower-case words as typed.</param>
/// <param name="Means">The words of the system's titles.</param>
/// <param name="EndoscopyPart">Root rows: the body part an "-oscopy" of the root looks at ("lower intestinal tract" for
/// "colon"); the same as <paramref name="Means"/> when the file gives none.</param>
/// <param name="Approach">Root rows: the approach words an "-oscopy" of the root adds ("natural opening"). Word rows: what
/// the term reads as instead when another root operation stands in the query (an endoscopy is then only the way in:
/// "ercp" → bile duct natural opening endoscopic).</param>
/// <param name="Unless">Word rows: words that keep the term as written when they stand in the query.</param>
public sealed record SystemWord(CodeSystemId System, SystemWordKind Kind, string Term, string Means, string EndoscopyPart,
    string Approach, IReadOnlyList<string> Unless)
{
    /// <summary>Words of the term.</summary>
    public int WordCount => Term.Count(c => c == ' ') + 1;
}

/// <summary>
/// Words read one way in one code system only (<c>Vocabulary/Data/system-words.tsv</c>, format in the folder's
/// README.md): everyday and clinical names of procedures in the words of the ICD-10-PCS tables, operation suffixes and
/// combining forms, and everyday and brand names of supplies and drugs in the words of the HCPCS descriptions.
/// </summary>
public sealed class SystemWords
{
    /// <summary>The embedded file name.</summary>
    public const string FileName = "system-words.tsv";

    /// <summary>The embedded file of drug names, read in HCPCS and in ICD-10-CM (<c>drug-names.tsv</c>).</summary>
    public const string DrugNamesFileName = "drug-names.tsv";

    /// <summary>The systems a drug name is read in: the HCPCS descriptions and the ICD-10-CM Table of Drugs write the generic name.</summary>
    public static readonly IReadOnlyList<CodeSystemId> DrugNameSystems = [CodeSystemId.Hcpcs, CodeSystemId.Icd10Cm];

    private static readonly Lazy<SystemWords> Embedded = new(() => Load(
        VocabularyFiles.Open(FileName) ?? throw new VocabularyFileException(FileName, 0, "embedded resource not found"),
        VocabularyFiles.Open(DrugNamesFileName) ?? throw new VocabularyFileException(DrugNamesFileName, 0, "embedded resource not found")));

    private readonly Dictionary<(CodeSystemId, SystemWordKind, string), SystemWord> _rows;

    private SystemWords(List<SystemWord> rows)
    {
        _rows = rows.ToDictionary(r => (r.System, r.Kind, r.Term));
        Rows = rows;
        MaxWords = rows.Count == 0 ? 1 : rows.Max(r => r.WordCount);
        Systems = rows.Select(r => r.System).ToHashSet();
    }

    /// <summary>The file shipped in the assembly (loaded and validated once).</summary>
    public static SystemWords Default => Embedded.Value;

    /// <summary>Every row in file order.</summary>
    public IReadOnlyList<SystemWord> Rows { get; }

    /// <summary>The systems that have rows.</summary>
    public IReadOnlySet<CodeSystemId> Systems { get; }

    /// <summary>The <c>means</c> of a word row read as nothing.</summary>
    public const string Dropped = "-";

    /// <summary>Most words a term has.</summary>
    public int MaxWords { get; }

    /// <summary>The row of <paramref name="kind"/> for <paramref name="term"/> (lower case, one space apart) in <paramref name="system"/>, or null.</summary>
    public SystemWord? Find(CodeSystemId system, SystemWordKind kind, string term) => _rows.GetValueOrDefault((system, kind, term));

    /// <summary>
    /// Reads and validates the file and, when given, the drug names (<c>drug-names.tsv</c>: term, means, notes), each
    /// read as a word row in every system of <see cref="DrugNameSystems"/>; a malformed row, or a term listed in both,
    /// throws <see cref="VocabularyFileException"/>.
    /// </summary>
    public static SystemWords Load(TextReader file, TextReader? drugNames = null)
    {
        var rows = new List<SystemWord>();
        var seen = new HashSet<(CodeSystemId, SystemWordKind, string)>();
        foreach (var row in VocabularyTsv.Read(file, FileName, ["system", "kind", "term", "means", "approach", "unless", "notes"], 4))
        {
            var system = row.Fields[0] switch
            {
                "pcs" => CodeSystemId.Icd10Pcs,
                "hcpcs" => CodeSystemId.Hcpcs,
                "cm" => CodeSystemId.Icd10Cm,
                _ => throw new VocabularyFileException(FileName, row.LineNumber, $"system '{row.Fields[0]}' is not pcs, hcpcs or cm"),
            };
            if (!Enum.TryParse<SystemWordKind>(row.Fields[1], ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
                throw new VocabularyFileException(FileName, row.LineNumber, $"kind '{row.Fields[1]}' is not word, suffix or root");
            var term = ClinicalVocabulary.Words(row.Fields[2]);
            if (kind != SystemWordKind.Word && term.Contains(' '))
                throw new VocabularyFileException(FileName, row.LineNumber, $"a {row.Fields[1]} is one word");
            if (!seen.Add((system, kind, term)))
                throw new VocabularyFileException(FileName, row.LineNumber, $"'{term}' is listed twice");
            var means = row.Fields[3].Split('|', StringSplitOptions.TrimEntries);
            var approach = row.Fields.Length > 4 ? ClinicalVocabulary.Words(row.Fields[4]) : "";
            var unless = row.Fields.Length > 5
                ? row.Fields[5].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(w => w.ToLowerInvariant()).ToList()
                : [];
            // "-": a phrase the system's titles never write, read as nothing ("without contrast": the plain study).
            if (means[0] == Dropped && kind != SystemWordKind.Word)
                throw new VocabularyFileException(FileName, row.LineNumber, $"only a word row may be read as '{Dropped}'");
            if (means[0] == Dropped) means[0] = "";
            rows.Add(new SystemWord(system, kind, term, ClinicalVocabulary.Words(means[0]),
                ClinicalVocabulary.Words(means.Length > 1 ? means[1] : means[0]), approach, unless));
        }
        if (drugNames is not null) AddDrugNames(drugNames, rows, seen);
        return new SystemWords(rows);
    }

    private static void AddDrugNames(TextReader file, List<SystemWord> rows, HashSet<(CodeSystemId, SystemWordKind, string)> seen)
    {
        foreach (var row in VocabularyTsv.Read(file, DrugNamesFileName, ["term", "means", "notes"], 2))
        {
            var term = ClinicalVocabulary.Words(row.Fields[0]);
            var means = ClinicalVocabulary.Words(row.Fields[1]);
            foreach (var system in DrugNameSystems)
            {
                if (!seen.Add((system, SystemWordKind.Word, term)))
                    throw new VocabularyFileException(DrugNamesFileName, row.LineNumber, $"'{term}' is listed twice (here or in {FileName})");
                rows.Add(new SystemWord(system, SystemWordKind.Word, term, means, means, "", []));
            }
        }
    }
}
