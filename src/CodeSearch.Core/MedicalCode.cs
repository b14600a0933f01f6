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
    // 187,000 codes stay in memory per generation, so the record is kept small (docs/operations.md#memory): the
    // descriptions are one reference (a CatalogText and _slot, or the two strings), the enums and the flag one byte
    // each (every defined value is small: a larger one fails at once), and the HCPCS-only dates and action code one reference that is null for every other code.
    private object? _descriptions;
    private int _slot;
    private byte _system;
    private byte _kind;
    private byte _change;
    private HcpcsFields? _hcpcs;

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
        _descriptions = text;
        _slot = slot;
        Code = "";
        ReleaseId = "";
    }

    public required CodeSystemId System { get => (CodeSystemId)_system; init => _system = checked((byte)value); }
    /// <summary>Undotted, upper-case form (E119).</summary>
    public required string Code { get; init; }
    public required string Description
    {
        get => _descriptions switch
        {
            CatalogText text => text.Description(_slot),
            OwnDescriptions own => own.Description ?? "",
            _ => "",
        };
        init => _descriptions = new OwnDescriptions(value, _descriptions is null ? null : ShortDescription);
    }

    public string ShortDescription
    {
        get => _descriptions switch
        {
            CatalogText text => text.ShortDescription(_slot),
            OwnDescriptions own => own.ShortDescription ?? "",
            _ => "",
        };
        init => _descriptions = new OwnDescriptions(_descriptions is null ? null : Description, value);
    }
    public required CodeKind Kind { get => (CodeKind)_kind; init => _kind = checked((byte)value); }
    /// <summary>True when the code may be reported on a claim.</summary>
    public required bool Billable { get; init; }
    /// <summary>Undotted code of the nearest ancestor present in the same release, if any.</summary>
    public string? ParentCode { get; init; }
    /// <summary>Position in the official order file (1-based); 0 when the source has no order.</summary>
    public int Order { get; init; }
    /// <summary>The release id this entry belongs to, e.g. "FY2026".</summary>
    public required string ReleaseId { get; init; }
    public ReleaseChange Change { get => (ReleaseChange)_change; init => _change = checked((byte)value); }
    /// <summary>HCPCS: date the code was added.</summary>
    public DateOnly? AddDate
    {
        get => _hcpcs?.AddDate;
        init => _hcpcs = value is null && _hcpcs is null ? null : (_hcpcs ?? HcpcsFields.None) with { AddDate = value };
    }
    /// <summary>HCPCS: action effective date.</summary>
    public DateOnly? ActionEffectiveDate
    {
        get => _hcpcs?.ActionEffectiveDate;
        init => _hcpcs = value is null && _hcpcs is null ? null : (_hcpcs ?? HcpcsFields.None) with { ActionEffectiveDate = value };
    }
    /// <summary>HCPCS: last date of service the code is valid for.</summary>
    public DateOnly? TerminationDate
    {
        get => _hcpcs?.TerminationDate;
        init => _hcpcs = value is null && _hcpcs is null ? null : (_hcpcs ?? HcpcsFields.None) with { TerminationDate = value };
    }
    /// <summary>HCPCS: action code (N, C, A, D, P, S).</summary>
    public string ActionCode
    {
        get => _hcpcs?.ActionCode ?? "";
        init => _hcpcs = value is "" && _hcpcs is null ? null : (_hcpcs ?? HcpcsFields.None) with { ActionCode = value };
    }

    /// <summary>Display form: dotted for ICD-10-CM.</summary>
    public string DisplayCode => CodeFormat.ToDisplay(System, Code);

    // Descriptions set as strings (imported codes, tests, a `with` that replaces one); a null side reads as "".
    private sealed record OwnDescriptions(string? Description, string? ShortDescription);

    // Copied on each init (`with` shares the instance between the copies, so it is never changed in place).
    private sealed record HcpcsFields(DateOnly? AddDate, DateOnly? ActionEffectiveDate, DateOnly? TerminationDate, string ActionCode)
    {
        public static readonly HcpcsFields None = new(null, null, null, "");
    }
}
