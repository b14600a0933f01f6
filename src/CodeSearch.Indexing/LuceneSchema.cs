using Lucene.Net.Util;

namespace CodeSearch.Indexing;

/// <summary>
/// Every Lucene field name and the one Lucene version constant. Bump <see cref="SchemaVersion"/> whenever a field,
/// an analyzer or the document layout changes: an index built with another version is rebuilt, never served.
/// </summary>
public static class LuceneSchema
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Layout version stored with each generation. 9: Alphabetic Index pointers to a category or subcategory
    /// ("see category", "see subcategory") kept as codes in the reference material. 10: catalog.bin holds its
    /// strings as one table, its fields as columns and its descriptions' token table and numbers ready-made.</summary>
    public const int SchemaVersion = 10;

    /// <summary>Position of the code in catalog.bin, NumericDocValues.</summary>
    public const string Ordinal = "ord";
    /// <summary>"system|release", StringField for filtering.</summary>
    public const string ReleaseKey = "release_key";
    /// <summary>Undotted upper-case code, StringField, stored (for debugging; lookups use the catalog).</summary>
    public const string Code = "code";
    /// <summary>Long description, stemmed TextField.</summary>
    public const string Description = "desc";
    /// <summary>Long description, unstemmed TextField, for completing typed words longer than the indexed prefixes.</summary>
    public const string DescriptionRaw = "desc_raw";
    /// <summary>Leading parts (1 to 12 characters) of every word of both descriptions, for completing the word being typed.</summary>
    public const string Prefixes = "prefix";
    /// <summary>Index terms and inclusion terms leading to the code (ICD-10-CM), stemmed TextField.</summary>
    public const string Synonyms = "synonyms";
    /// <summary>Short description, stemmed TextField.</summary>
    public const string ShortDescription = "short";
    /// <summary>"1" or "0", StringField for filtering; also NumericDocValues for sorting.</summary>
    public const string Billable = "billable";
    /// <summary>Description length in characters, NumericDocValues for tie-breaking.</summary>
    public const string DescriptionLength = "desc_len";
    /// <summary>Official order, NumericDocValues.</summary>
    public const string Order = "order";
    /// <summary>HCPCS add date yyyymmdd (0 when none), Int32Field for range filters.</summary>
    public const string AddDate = "add_date";
    /// <summary>HCPCS termination date yyyymmdd (99991231 when none), Int32Field.</summary>
    public const string TerminationDate = "term_date";

    /// <summary>Stored value meaning "no date" for start dates.</summary>
    public const int NoStartDate = 0;
    /// <summary>Stored value meaning "no date" for end dates.</summary>
    public const int NoEndDate = 99991231;

    /// <summary>The filter key of a release.</summary>
    public static string ReleaseKeyOf(Core.CodeSystemId system, string releaseId) => $"{Core.CodeSystemNames.Key(system)}|{releaseId}";

    /// <summary>The similarity used to write and to search: BM25 (k1 1.2, b 0.75), whose term-frequency saturation suits short descriptions.</summary>
    public static Lucene.Net.Search.Similarities.Similarity Similarity { get; } = new Lucene.Net.Search.Similarities.BM25Similarity();
}
