using CodeSearch.Core;
using Lucene.Net.Documents;
using static CodeSearch.Indexing.LuceneSchema;

namespace CodeSearch.Indexing.Build;

/// <summary>
/// Maps a code to its Lucene document: what is searched, filtered and sorted on. The code itself is read back from
/// <see cref="CatalogFile"/> through the <see cref="Ordinal"/> doc value, so only the code is stored (for debugging).
/// </summary>
public static class CodeDocuments
{
    // Fields only ever matched with constant scores need neither frequencies, positions nor length norms.
    private static readonly FieldType MatchOnly = MatchOnlyType();

    // A code with many index terms is not a worse match for any one of them: no length norms on synonyms.
    private static readonly FieldType SynonymType = SynonymFieldType();

    private static FieldType SynonymFieldType()
    {
        var type = new FieldType(TextField.TYPE_NOT_STORED) { OmitNorms = true };
        type.Freeze();
        return type;
    }

    private static FieldType MatchOnlyType()
    {
        var type = new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_ONLY, OmitNorms = true };
        type.Freeze();
        return type;
    }

    /// <summary>The document indexed for the code at position <paramref name="ordinal"/> of the catalog.</summary>
    public static Document ToDocument(MedicalCode code, int ordinal, IReadOnlyList<string>? synonyms = null)
    {
        var doc = new Document
        {
            new NumericDocValuesField(Ordinal, ordinal),
            new StringField(ReleaseKey, ReleaseKeyOf(code.System, code.ReleaseId), Field.Store.NO),
            new StringField(Code, code.Code, Field.Store.YES),
            new TextField(Description, code.Description, Field.Store.NO),
            new Field(DescriptionRaw, code.Description, MatchOnly),
            new TextField(ShortDescription, code.ShortDescription, Field.Store.NO),
            new Field(Prefixes, code.Description, MatchOnly),
            new Field(Prefixes, code.ShortDescription, MatchOnly),
            new StringField(Billable, code.Billable ? "1" : "0", Field.Store.NO),
            new NumericDocValuesField(Billable, code.Billable ? 1 : 0),
            new NumericDocValuesField(DescriptionLength, code.Description.Length),
            new NumericDocValuesField(Order, code.Order),
            new Int32Field(AddDate, ToInt(code.AddDate, NoStartDate), Field.Store.NO),
            new Int32Field(TerminationDate, ToInt(code.TerminationDate, NoEndDate), Field.Store.NO),
        };
        foreach (var synonym in synonyms ?? [])
        {
            doc.Add(new Field(Synonyms, synonym, SynonymType));
            doc.Add(new Field(Prefixes, synonym, MatchOnly));
        }
        return doc;
    }

    /// <summary>yyyymmdd as an integer, so date filters are numeric ranges.</summary>
    public static int ToInt(DateOnly? date, int none) => date is { } d ? d.Year * 10000 + d.Month * 100 + d.Day : none;
}
