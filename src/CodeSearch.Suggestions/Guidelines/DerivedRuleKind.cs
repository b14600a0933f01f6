namespace CodeSearch.Suggestions.Guidelines;

/// <summary>How a derived code follows from the note (Data/derived-codes.tsv).</summary>
public enum DerivedRuleKind
{
    /// <summary>A family-history mention of a condition: Z80-Z84.</summary>
    Family = 1,

    /// <summary>A historical mention of a condition that is gone: Z85-Z87.</summary>
    History = 2,

    /// <summary>Conditions the classification combines into one code (I11-I13, diabetes with a complication).</summary>
    Combination = 3,
}
