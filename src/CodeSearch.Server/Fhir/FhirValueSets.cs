using CodeSearch.Core;

namespace CodeSearch.Server.Fhir;

/// <summary>
/// The implicit value sets: <c>{system}?fhir_vs</c> (every code of the system) and <c>{system}?fhir_vs=isa/{code}</c>
/// (the code and its descendants). Other value sets are not held by this server.
/// </summary>
internal sealed record FhirValueSet(string SystemUri, string? IsA)
{
    public static FhirValueSet Parse(string? url)
    {
        if (string.IsNullOrEmpty(url)) throw FhirError.Invalid("Parameter 'url' is required (an implicit value set such as http://hl7.org/fhir/sid/icd-10-cm?fhir_vs).");
        var marker = url.IndexOf("?fhir_vs", StringComparison.Ordinal);
        if (marker < 0) throw FhirError.NotFound($"Value set '{url}' is not known; this server expands the implicit value sets '{{system}}?fhir_vs' and '{{system}}?fhir_vs=isa/{{code}}'.");
        var systemUri = url[..marker];
        var rest = url[(marker + "?fhir_vs".Length)..];
        if (rest.Length == 0) return new(systemUri, null);
        if (rest.StartsWith("=isa/", StringComparison.Ordinal) && rest.Length > "=isa/".Length) return new(systemUri, rest["=isa/".Length..]);
        throw FhirError.NotSupported($"Implicit value set form '?fhir_vs{rest}' is not supported; use '?fhir_vs' or '?fhir_vs=isa/{{code}}'.");
    }

    /// <summary>True when <paramref name="code"/> (undotted) is the isa root or below it, given its ancestors (undotted, nearest first).</summary>
    public bool Contains(CodeSystemId system, string code, IEnumerable<string> ancestors)
    {
        if (IsA is null) return true;
        var root = CodeFormat.TryNormalize(system, IsA, out var normal) ? normal : IsA;
        return code == root || ancestors.Contains(root);
    }
}
