using CodeSearch.Core;
using CodeSearch.Core.Reference;

namespace CodeSearch.Indexing.Reference;

/// <summary>The synonyms indexed with each code: index terms and inclusion terms from the reference material.</summary>
internal static class SynonymSource
{
    /// <summary>A function giving each code's synonyms (none for codes outside the release the material applies to).</summary>
    public static Func<MedicalCode, IReadOnlyList<string>> For(IReadOnlyList<ImportedRelease> releases, ReferenceData? reference)
    {
        if (reference is null) return _ => [];
        var target = releases.FirstOrDefault(r => r.Release.System == CodeSystemId.Icd10Cm && r.Release.ReleaseId == reference.TargetReleaseId);
        if (target is null) return _ => [];
        var codes = target.Codes.ToDictionary(c => c.Code, StringComparer.Ordinal);
        var lookup = new ReferenceLookup(reference);
        return code => code.System == CodeSystemId.Icd10Cm && code.ReleaseId == reference.TargetReleaseId
            ? lookup.SynonymsFor(code)
            : [];
    }
}
