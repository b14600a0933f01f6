using CodeSearch.Core;
using CodeSearch.Suggestions.Data;

namespace CodeSearch.Suggestions.Assertion;

/// <summary>
/// ICD-10-CM codes of chronic conditions (Data/chronic-conditions.tsv): a historical mention of one ("history of
/// hypertension", a past-medical-history list) still supports a suggestion, because coders code a chronic condition the
/// patient still has. The evidence keeps its HISTORICAL assertion; only whether it counts changes.
/// </summary>
public sealed class ChronicConditions
{
    /// <summary>The embedded file's name.</summary>
    public const string FileName = "chronic-conditions.tsv";

    private static readonly Lazy<ChronicConditions> Embedded = new(() =>
    {
        using var reader = EmbeddedData.Open(FileName);
        return Read(reader);
    });

    private readonly string[] _prefixes;

    private ChronicConditions(IEnumerable<string> prefixes) => _prefixes = prefixes.ToArray();

    /// <summary>The embedded list.</summary>
    public static ChronicConditions Default => Embedded.Value;

    /// <summary>No chronic conditions: every historical mention is left out.</summary>
    public static ChronicConditions None { get; } = new([]);

    /// <summary>Reads the list (dotted prefixes, as in the file).</summary>
    public static ChronicConditions Read(TextReader reader) => new(TsvTable.Read(reader, FileName, ["prefix", "condition"], 2)
        .Select(r => r.Fields[0].Replace(".", "", StringComparison.Ordinal).ToUpperInvariant()));

    /// <summary>True when <paramref name="code"/> is an ICD-10-CM code under one of the prefixes.</summary>
    public bool Contains(MedicalCode code) => code.System == CodeSystemId.Icd10Cm
        && _prefixes.Any(p => code.Code.StartsWith(p, StringComparison.Ordinal));
}
