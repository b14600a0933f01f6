namespace CodeSearch.Suggestions.Procedures;

/// <summary>What a row of Data/pcs-procedure-words.tsv names.</summary>
public enum ProcedureWordKind
{
    /// <summary>A root operation, or an imaging / nuclear medicine type ("biopsy" → Excision, "CT" → Computerized
    /// Tomography).</summary>
    Operation,

    /// <summary>One word naming operation and body part ("cholecystectomy" → Resection of the gallbladder).</summary>
    Procedure,

    /// <summary>An approach ("laparoscopic" → percutaneous endoscopic).</summary>
    Approach,

    /// <summary>A lay or adjective form of body-part label words ("abdominal" → abdomen).</summary>
    BodyPart,
}
