namespace CodeSearch.Importer.Hcpcs;

/// <summary>
/// 1-based columns of the CMS HCPCS Level II fixed-width record file (HCPCyyyy_recordlayout.txt),
/// limited to the fields CodeSearch reads.
/// </summary>
internal static class HcpcsLayout
{
    public const int RecordLength = 320;
    public const int CodeFirst = 1, CodeLast = 5;
    public const int ModifierFirst = 4;
    public const int RecordIdColumn = 11;
    public const int LongFirst = 12, LongLast = 91;
    public const int ShortFirst = 92, ShortLast = 119;
    public const int AddDateFirst = 269, AddDateLast = 276;
    public const int ActionDateFirst = 277, ActionDateLast = 284;
    public const int TerminationFirst = 285, TerminationLast = 292;
    public const int ActionCodeColumn = 293;

    /// <summary>Action codes the layout defines: N new, C changed, A added back, D discontinued, P payment change, S short title change.</summary>
    public const string ActionCodes = "NCADPS";
}

/// <summary>The record ID in column 11.</summary>
internal enum HcpcsRecordId
{
    /// <summary>First line of a procedure code.</summary>
    Procedure = '3',
    /// <summary>Procedure long-description continuation.</summary>
    ProcedureContinuation = '4',
    /// <summary>First line of a modifier.</summary>
    Modifier = '7',
    /// <summary>Modifier long-description continuation.</summary>
    ModifierContinuation = '8',
}
