using System.Runtime.CompilerServices;
using CodeSearch.Core;
using CodeSearch.Core.Reference;
using CodeSearch.Suggestions.Matching;

namespace CodeSearch.Suggestions.Neoplasms;

/// <summary>
/// One compiled <see cref="NeoplasmTable"/> per suggestion dictionary, built on first use and dropped with the
/// dictionary (so with its index generation). ICD-10-CM only; null when the reference material has no Neoplasm Table.
/// </summary>
public static class NeoplasmTables
{
    private static readonly ConditionalWeakTable<TermDictionary, Lazy<NeoplasmTable?>> Built = new();

    /// <summary>The table of <paramref name="reference"/> compiled for <paramref name="dictionary"/>, or null.</summary>
    public static NeoplasmTable? For(ReferenceLookup reference, TermDictionary dictionary)
    {
        if (dictionary.System != CodeSystemId.Icd10Cm) return null;
        return Built.GetValue(dictionary, d => new Lazy<NeoplasmTable?>(() =>
        {
            var table = NeoplasmTable.Build(reference.Data, d);
            return table.Sites.Count == 0 ? null : table;
        })).Value;
    }
}
