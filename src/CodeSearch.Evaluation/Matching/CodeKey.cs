using CodeSearch.Core;

namespace CodeSearch.Evaluation.Matching;

/// <summary>The form gold and predicted codes are compared in: upper case, ICD-10-CM dotted, others undotted.</summary>
public static class CodeKey
{
    /// <summary>Normalises a code; text that is no code of the system is only trimmed and upper-cased (and so matches nothing real).</summary>
    public static string Normalize(CodeSystemId system, string code) =>
        CodeFormat.TryNormalize(system, code, out var undotted)
            ? CodeFormat.ToDisplay(system, undotted)
            : code.Trim().ToUpperInvariant();
}
