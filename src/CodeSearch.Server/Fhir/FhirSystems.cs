using CodeSearch.Core;

namespace CodeSearch.Server.Fhir;

/// <summary>The canonical FHIR URIs of the code systems, and the ids of the CodeSystem resources (one per release).</summary>
internal static class FhirSystems
{
    public const string Icd10Cm = "http://hl7.org/fhir/sid/icd-10-cm";
    public const string Icd10Pcs = "http://www.cms.gov/Medicare/Coding/ICD10";
    public const string Hcpcs = "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets";
    public const string Cpt = "http://www.ama-assn.org/go/cpt";

    public static string Uri(CodeSystemId system) => system switch
    {
        CodeSystemId.Icd10Cm => Icd10Cm,
        CodeSystemId.Icd10Pcs => Icd10Pcs,
        CodeSystemId.Hcpcs => Hcpcs,
        CodeSystemId.Cpt => Cpt,
        _ => throw new ArgumentOutOfRangeException(nameof(system)),
    };

    public static bool TryParse(string? uri, out CodeSystemId system)
    {
        foreach (var candidate in Enum.GetValues<CodeSystemId>())
        {
            if (string.Equals(Uri(candidate), uri, StringComparison.Ordinal))
            {
                system = candidate;
                return true;
            }
        }
        system = default;
        return false;
    }

    /// <summary>The system named by a canonical URI, or a not-found outcome naming the supported ones.</summary>
    public static CodeSystemId Parse(string? uri, string parameter)
    {
        if (string.IsNullOrEmpty(uri)) throw FhirError.Invalid($"Parameter '{parameter}' is required.");
        if (TryParse(uri, out var system)) return system;
        throw FhirError.NotFound($"Unknown code system '{uri}'. Supported: {Icd10Cm}, {Icd10Pcs}, {Hcpcs}, {Cpt}.");
    }

    /// <summary>The CodeSystem resource id of a release, e.g. "icd10cm-FY2026".</summary>
    public static string ResourceId(CodeSystemId system, string releaseId) => $"{system.Key()}-{releaseId}";
}
