namespace CodeSearch.Core;

/// <summary>The code systems the service knows. CPT is only present where a licensee loads its own file.</summary>
public enum CodeSystemId
{
    /// <summary>ICD-10-CM diagnoses (CDC/NCHS).</summary>
    Icd10Cm = 1,
    /// <summary>ICD-10-PCS inpatient procedures (CMS).</summary>
    Icd10Pcs = 2,
    /// <summary>HCPCS Level II (CMS).</summary>
    Hcpcs = 3,
    /// <summary>CPT (AMA), licensee-supplied.</summary>
    Cpt = 4,
}

/// <summary>Names of code systems as people write them.</summary>
public static class CodeSystemNames
{
    /// <summary>Display name, e.g. "ICD-10-CM".</summary>
    public static string DisplayName(this CodeSystemId system) => system switch
    {
        CodeSystemId.Icd10Cm => "ICD-10-CM",
        CodeSystemId.Icd10Pcs => "ICD-10-PCS",
        CodeSystemId.Hcpcs => "HCPCS",
        CodeSystemId.Cpt => "CPT",
        _ => system.ToString(),
    };

    /// <summary>Short lower-case key used in folder names and the manifest, e.g. "icd10cm".</summary>
    public static string Key(this CodeSystemId system) => system switch
    {
        CodeSystemId.Icd10Cm => "icd10cm",
        CodeSystemId.Icd10Pcs => "icd10pcs",
        CodeSystemId.Hcpcs => "hcpcs",
        CodeSystemId.Cpt => "cpt",
        _ => throw new ArgumentOutOfRangeException(nameof(system)),
    };

    /// <summary>Parses a key such as "icd10cm" (case-insensitive, dashes ignored).</summary>
    public static bool TryParseKey(string? text, out CodeSystemId system)
    {
        // A key as written (every row of the learned data files read at start-up) needs no copy or lookup of the values.
        if (Find(text, out system)) return true;
        return Find((text ?? "").Replace("-", "", StringComparison.Ordinal).Trim().ToLowerInvariant(), out system);
    }

    private static readonly CodeSystemId[] AllSystems = Enum.GetValues<CodeSystemId>();

    private static bool Find(string? key, out CodeSystemId system)
    {
        foreach (var candidate in AllSystems)
        {
            if (candidate.Key() == key)
            {
                system = candidate;
                return true;
            }
        }
        system = default;
        return false;
    }
}
