using CodeSearch.Suggestions.Data;
using CodeSearch.Suggestions.Matching;

namespace CodeSearch.Suggestions.Procedures;

/// <summary>
/// The hand-written wording of ICD-10-PCS procedures (Data/pcs-procedure-words.tsv): verbs and nouns of root operations
/// and imaging types, one-word procedures, approaches and lay body-part forms. <see cref="ProcedureTerms"/> combines them
/// with the release's own body-part labels.
/// </summary>
public sealed class ProcedureWords
{
    /// <summary>The embedded file's name.</summary>
    public const string FileName = "pcs-procedure-words.tsv";

    private static readonly Lazy<ProcedureWords> Embedded = new(() =>
    {
        using var reader = EmbeddedData.Open(FileName);
        return Read(reader);
    });

    private ProcedureWords(IReadOnlyList<ProcedureWord> rows) => Rows = rows;

    /// <summary>The embedded list.</summary>
    public static ProcedureWords Default => Embedded.Value;

    /// <summary>Every row in file order.</summary>
    public IReadOnlyList<ProcedureWord> Rows { get; }

    /// <summary>Rows of one kind.</summary>
    public IEnumerable<ProcedureWord> OfKind(ProcedureWordKind kind) => Rows.Where(r => r.Kind == kind);

    /// <summary>Reads the list; a row without the fields its kind needs, or whose phrase has only stop words, is rejected.</summary>
    public static ProcedureWords Read(TextReader reader)
    {
        var rows = new List<ProcedureWord>();
        foreach (var row in TsvTable.Read(reader, FileName, ["kind", "phrase", "operation", "body_part", "approach", "qualifier", "notes"], 2))
        {
            string Field(int i) => i < row.Fields.Length ? row.Fields[i] : "";
            var kind = Field(0) switch
            {
                "operation" => ProcedureWordKind.Operation,
                "procedure" => ProcedureWordKind.Procedure,
                "approach" => ProcedureWordKind.Approach,
                "body_part" => ProcedureWordKind.BodyPart,
                _ => throw new DataFileException(FileName, row.LineNumber, "kind must be operation, procedure, approach or body_part"),
            };
            var stems = Stems(Field(1));
            if (stems.Length == 0) throw new DataFileException(FileName, row.LineNumber, "the phrase has no words to match");
            var word = new ProcedureWord(kind, Field(1), stems, Field(2), Stems(Field(3)), Stems(Field(4)), Stems(Field(5)));
            var missing = kind switch
            {
                ProcedureWordKind.Operation when word.Operation.Length == 0 => "operation",
                ProcedureWordKind.Procedure when word.Operation.Length == 0 => "operation",
                ProcedureWordKind.Procedure or ProcedureWordKind.BodyPart when word.BodyPart.Length == 0 => "body_part",
                ProcedureWordKind.Approach when word.Approach.Length == 0 => "approach",
                _ => null,
            };
            if (missing is not null) throw new DataFileException(FileName, row.LineNumber, $"a {Field(0)} row needs '{missing}'");
            rows.Add(word);
        }
        return new ProcedureWords(rows);
    }

    /// <summary>Distinct stems of the words of <paramref name="text"/>, stop words dropped, in order.</summary>
    public static string[] Stems(string text) => WordSplitter.Words(text).Where(w => !StopWords.Contains(w))
        .Select(Stemmer.Stem).Distinct(StringComparer.Ordinal).ToArray();
}
