using System.Text.RegularExpressions;

namespace CodeSearch.Core;

/// <summary>Code shapes per system: normalising user input and producing the display form.</summary>
public static partial class CodeFormat
{
    /// <summary>Longest code text accepted anywhere before it is rejected as malformed.</summary>
    public const int MaxInputLength = 16;

    /// <summary>
    /// Normalises user input to the undotted upper-case form: trims, upper-cases and removes a single dot
    /// in the position the system uses. Returns false for anything that cannot be a code of <paramref name="system"/>.
    /// </summary>
    public static bool TryNormalize(CodeSystemId system, string? input, out string code)
    {
        code = "";
        if (string.IsNullOrWhiteSpace(input) || input.Length > MaxInputLength) return false;
        var text = input.Trim().ToUpperInvariant();
        var dot = text.IndexOf('.');
        if (dot >= 0)
        {
            // Only ICD-10-CM is dotted, and only after the 3-character category; a trailing dot is tolerated.
            if (system != CodeSystemId.Icd10Cm || dot != 3 || text.IndexOf('.', dot + 1) >= 0) return false;
            text = text.Remove(dot, 1);
        }
        if (!IsWellFormed(system, text)) return false;
        code = text;
        return true;
    }

    /// <summary>True when an undotted upper-case code has the shape of a code (or header) of the system.</summary>
    public static bool IsWellFormed(CodeSystemId system, string code) => system switch
    {
        CodeSystemId.Icd10Cm => Icd10CmShape().IsMatch(code),
        CodeSystemId.Icd10Pcs => Icd10PcsShape().IsMatch(code),
        CodeSystemId.Hcpcs => HcpcsShape().IsMatch(code) || ModifierShape().IsMatch(code),
        CodeSystemId.Cpt => CptShape().IsMatch(code) || ModifierShape().IsMatch(code),
        _ => false,
    };

    /// <summary>Display form: ICD-10-CM codes longer than 3 characters get a dot after the category.</summary>
    public static string ToDisplay(CodeSystemId system, string code) =>
        system == CodeSystemId.Icd10Cm && code.Length > 3 ? string.Concat(code.AsSpan(0, 3), ".", code.AsSpan(3)) : code;

    /// <summary>
    /// True when free text looks like a code or the start of one (E11, e11.9, J06, 0DTJ, J0696, 99213):
    /// one token of letters and digits, at least one digit, up to 7 characters once a dot is removed.
    /// </summary>
    public static bool LooksLikeCode(string text, out string undotted)
    {
        undotted = "";
        var trimmed = text.Trim();
        if (!CodeLike().IsMatch(trimmed)) return false;
        undotted = trimmed.Replace(".", "", StringComparison.Ordinal).ToUpperInvariant();
        return undotted.Length <= 7;
    }

    // A letter, then two characters of which at least one is a digit (FY2026 added the QA0- block), then up to 4 more.
    [GeneratedRegex("^[A-Z](?=.?[0-9])[0-9A-Z]{2}([0-9A-Z]{1,4})?$")]
    private static partial Regex Icd10CmShape();

    // ICD-10-PCS uses digits and letters except I and O; headers are 3 characters, codes 7.
    [GeneratedRegex("^[0-9A-HJ-NP-Z]{3}([0-9A-HJ-NP-Z]{4})?$")]
    private static partial Regex Icd10PcsShape();

    [GeneratedRegex("^[A-Z][0-9]{4}$")]
    private static partial Regex HcpcsShape();

    [GeneratedRegex("^[0-9]{4}[0-9FTU]$")]
    private static partial Regex CptShape();

    [GeneratedRegex("^[0-9A-Z]{2}$")]
    private static partial Regex ModifierShape();

    [GeneratedRegex("^(?=[^.]*[0-9])[A-Za-z0-9]{1,7}(\\.[A-Za-z0-9]{0,4})?$")]
    private static partial Regex CodeLike();
}
