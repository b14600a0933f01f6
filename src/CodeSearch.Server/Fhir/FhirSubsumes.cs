using CodeSearch.Core.Catalog;
using Hl7.Fhir.Model;

namespace CodeSearch.Server.Fhir;

/// <summary>CodeSystem/$subsumes over the code hierarchy of one release: equivalent, subsumes, subsumed-by or not-subsumed.</summary>
internal sealed class FhirSubsumes(CodeLookupService lookup, FhirReleases releases)
{
    public Parameters Run(HttpContext http, FhirInput input)
    {
        var codeA = input.Get("codeA") ?? input.Get("codingA.code") ?? throw FhirError.Invalid("Parameter 'codeA' (or 'codingA') is required.");
        var codeB = input.Get("codeB") ?? input.Get("codingB.code") ?? throw FhirError.Invalid("Parameter 'codeB' (or 'codingB') is required.");
        var systemUri = input.Get("system") ?? input.Get("codingA.system");
        var (system, date) = releases.Resolve(http, systemUri, "system", input.Get("version"), input.Date("date"));
        var a = lookup.Get(system, codeA, date, "codeA");
        var b = lookup.Get(system, codeB, date, "codeB");

        var outcome = a.Code.Code == b.Code.Code ? "equivalent"
            : b.Ancestors.Any(x => x.Code == a.Code.Code) ? "subsumes"
            : a.Ancestors.Any(x => x.Code == b.Code.Code) ? "subsumed-by"
            : "not-subsumed";
        var result = new Parameters();
        result.Add("outcome", new Code(outcome));
        return result;
    }
}
