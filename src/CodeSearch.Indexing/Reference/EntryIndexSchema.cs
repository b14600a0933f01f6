using CodeSearch.Core.Reference;

namespace CodeSearch.Indexing.Reference;

/// <summary>Field names of the index-entry Lucene index (the "entries" folder of a generation).</summary>
public static class EntryIndexSchema
{
    public const string FolderName = "entries";
    /// <summary>Position of the entry in the reference material (reference.bin), NumericDocValues.</summary>
    public const string Ordinal = "ord";
    /// <summary>The index kind's key, StringField.</summary>
    public const string Kind = "kind";
    /// <summary>Path titles and nonessential modifiers, stemmed TextField.</summary>
    public const string Text = "text";

    /// <summary>The key of an index kind, as used in the Kind field and the API ("diseases", "external_causes").</summary>
    public static string Key(AlphabeticIndexKind kind) => kind switch
    {
        AlphabeticIndexKind.Diseases => "diseases",
        AlphabeticIndexKind.Neoplasms => "neoplasms",
        AlphabeticIndexKind.Drugs => "drugs",
        AlphabeticIndexKind.ExternalCauses => "external_causes",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
