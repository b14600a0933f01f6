using System.Diagnostics.CodeAnalysis;
using CodeSearch.Core.Catalog;

namespace CodeSearch.Core;

/// <summary>One entry of one release of a code system, as imported from the official files.</summary>
/// <remarks>
/// A code read from a generation's catalog keeps its descriptions in the catalog's shared UTF-8
/// <see cref="CatalogText"/> and decodes them when read (docs/operations.md#memory); equality compares the text either
/// way. Setting <see cref="Description"/> or <see cref="ShortDescription"/> (also in a <c>with</c>) stores a string.
/// </remarks>
public sealed partial record MedicalCode
{
    private string? _description;
    private string? _shortDescription;
    private CatalogText? _text;
    private int _slot;

    /// <summary>A code with the given values (set them in the initializer).</summary>
    public MedicalCode()
    {
    }

    /// <summary>
    /// A code whose long and short descriptions are slot <paramref name="slot"/> of <paramref name="text"/>. The
    /// initializer must still set <see cref="System"/>, <see cref="Code"/>, <see cref="Kind"/>, <see cref="Billable"/>
    /// and <see cref="ReleaseId"/>: for catalog readers.
    /// </summary>
    [SetsRequiredMembers]
#pragma warning disable CS8618 // Description and ShortDescription are read from the text; the initializer sets the rest.
    public MedicalCode(CatalogText text, int slot)
#pragma warning restore CS8618
    {
        ArgumentOutOfRangeException.ThrowIfNegative(slot);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(slot, text.Count);
        _text = text;
        _slot = slot;
        Code = "";
        ReleaseId = "";
    }

    public required CodeSystemId System { get; init; }
    /// <summary>Undotted, upper-case form (E119).</summary>
    public required string Code { get; init; }
    public required string Description
    {
        get => _description ?? _text?.Description(_slot) ?? "";
        init => _description = value;
    }

    public string ShortDescription
    {
        get => _shortDescription ?? _text?.ShortDescription(_slot) ?? "";
        init => _shortDescription = value;
    }
    public required CodeKind Kind { get; init; }
    /// <summary>True when the code may be reported on a claim.</summary>
    public required bool Billable { get; init; }
    /// <summary>Undotted code of the nearest ancestor present in the same release, if any.</summary>
    public string? ParentCode { get; init; }
    /// <summary>Position in the official order file (1-based); 0 when the source has no order.</summary>
    public int Order { get; init; }
    /// <summary>The release id this entry belongs to, e.g. "FY2026".</summary>
    public required string ReleaseId { get; init; }
    public ReleaseChange Change { get; init; }
    /// <summary>HCPCS: date the code was added.</summary>
    public DateOnly? AddDate { get; init; }
    /// <summary>HCPCS: action effective date.</summary>
    public DateOnly? ActionEffectiveDate { get; init; }
    /// <summary>HCPCS: last date of service the code is valid for.</summary>
    public DateOnly? TerminationDate { get; init; }
    /// <summary>HCPCS: action code (N, C, A, D, P, S).</summary>
    public string ActionCode { get; init; } = "";

    /// <summary>Display form: dotted for ICD-10-CM.</summary>
    public string DisplayCode => CodeFormat.ToDisplay(System, Code);
}
