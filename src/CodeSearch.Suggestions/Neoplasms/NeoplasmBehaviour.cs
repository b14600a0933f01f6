namespace CodeSearch.Suggestions.Neoplasms;

/// <summary>The columns of the ICD-10-CM Neoplasm Table, in the table's order.</summary>
public enum NeoplasmBehaviour
{
    /// <summary>Malignant, primary (C00-C75, C76, C80.1).</summary>
    Primary,

    /// <summary>Malignant, secondary (C77-C79): the site the neoplasm spread to.</summary>
    Secondary,

    /// <summary>Carcinoma in situ (D00-D09).</summary>
    InSitu,

    /// <summary>Benign (D10-D36).</summary>
    Benign,

    /// <summary>Uncertain behaviour (D37-D48): histologically confirmed as uncertain.</summary>
    Uncertain,

    /// <summary>Unspecified behaviour (D49): "tumor", "neoplasm" with nothing said about its nature.</summary>
    Unspecified,
}

/// <summary>Which side a site is said to be on.</summary>
public enum Side
{
    /// <summary>No side stated: the table's code for an unspecified side.</summary>
    None,

    /// <summary>"right".</summary>
    Right,

    /// <summary>"left".</summary>
    Left,

    /// <summary>"bilateral", "both".</summary>
    Bilateral,
}
