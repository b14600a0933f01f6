namespace CodeSearch.Suggestions.Assertion;

/// <summary>
/// The assertion a section implies for everything in it: family history => <see cref="AssertionKind.Family"/>,
/// past medical or surgical history => <see cref="AssertionKind.Historical"/>. Section kinds are compared by their letters
/// only, case-insensitively, so "FamilyHistory", "family_history" and "Family history" are the same.
/// </summary>
internal static class SectionAssertion
{
    private static readonly HashSet<string> Family = ["familyhistory", "familyhx", "fh", "fhx"];
    private static readonly HashSet<string> Historical =
        ["pastmedicalhistory", "pmh", "pasthistory", "medicalhistory", "pastsurgicalhistory", "psh", "surgicalhistory"];

    /// <summary>The assertion a detected section implies.</summary>
    public static AssertionKind? For(Sections.SectionKind section) => section switch
    {
        Sections.SectionKind.FamilyHistory => AssertionKind.Family,
        Sections.SectionKind.PastMedicalHistory or Sections.SectionKind.PastSurgicalHistory => AssertionKind.Historical,
        _ => null,
    };

    /// <summary>The assertion a section named by a caller implies (letters only, any case).</summary>
    public static AssertionKind? For(string? sectionKind)
    {
        if (string.IsNullOrWhiteSpace(sectionKind)) return null;
        var key = new string(sectionKind.Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray());
        if (Family.Contains(key)) return AssertionKind.Family;
        if (Historical.Contains(key)) return AssertionKind.Historical;
        return null;
    }
}
