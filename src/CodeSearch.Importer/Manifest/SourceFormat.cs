namespace CodeSearch.Importer.Manifest;

/// <summary>How an official file is laid out; the manifest's "format" value.</summary>
public enum SourceFormat
{
    /// <summary>"order-file": CDC/CMS ICD-10-CM or ICD-10-PCS order file, with optional order addenda.</summary>
    OrderFile = 1,
    /// <summary>"hcpcs-fixed-width": the CMS HCPCS Level II 320-column record file.</summary>
    HcpcsFixedWidth = 2,
}

/// <summary>Manifest spellings of <see cref="SourceFormat"/> and the member roles each format reads.</summary>
public static class SourceFormats
{
    /// <summary>Member role of an order file ("order", required).</summary>
    public const string OrderRole = "order";
    /// <summary>Member role of an order addenda file ("addenda", optional).</summary>
    public const string AddendaRole = "addenda";
    /// <summary>Member role of the HCPCS fixed-width record file ("records", required).</summary>
    public const string RecordsRole = "records";

    /// <summary>The manifest spelling, e.g. "order-file".</summary>
    public static string Key(this SourceFormat format) => format switch
    {
        SourceFormat.OrderFile => "order-file",
        SourceFormat.HcpcsFixedWidth => "hcpcs-fixed-width",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>Parses a manifest spelling (exact, lower-case).</summary>
    public static bool TryParseKey(string? text, out SourceFormat format)
    {
        foreach (var candidate in Enum.GetValues<SourceFormat>())
        {
            if (candidate.Key() == text)
            {
                format = candidate;
                return true;
            }
        }
        format = default;
        return false;
    }

    /// <summary>Member roles the format cannot do without.</summary>
    public static IReadOnlyList<string> RequiredRoles(this SourceFormat format) => format switch
    {
        SourceFormat.OrderFile => [OrderRole],
        SourceFormat.HcpcsFixedWidth => [RecordsRole],
        _ => [],
    };
}
