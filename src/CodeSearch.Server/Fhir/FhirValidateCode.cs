using CodeSearch.Core;
using CodeSearch.Core.Catalog;
using Hl7.Fhir.Model;

namespace CodeSearch.Server.Fhir;

/// <summary>
/// CodeSystem/$validate-code and ValueSet/$validate-code over <see cref="CodeLookupService.Validate"/>: result,
/// message and display, with the same reasons as ValidateCodes (header not billable, not effective on the date,
/// terminated, not found, malformed). A display that differs from the code's, or a code outside an isa value set,
/// makes the result false too.
/// </summary>
internal sealed class FhirValidateCode(CodeLookupService lookup, FhirReleases releases)
{
    public Parameters ForCodeSystem(HttpContext http, FhirInput input) =>
        Run(http, input, input.Get("url") ?? input.Get("system") ?? input.Get("coding.system"), null);

    public Parameters ForValueSet(HttpContext http, FhirInput input)
    {
        var valueSet = FhirValueSet.Parse(input.Get("url"));
        var systemUri = input.Get("system") ?? input.Get("coding.system") ?? valueSet.SystemUri;
        if (systemUri != valueSet.SystemUri) return Result(false, $"The code system '{systemUri}' is not part of value set '{input.Get("url")}'.", null);
        return Run(http, input, systemUri, valueSet);
    }

    private Parameters Run(HttpContext http, FhirInput input, string? systemUri, FhirValueSet? valueSet)
    {
        var code = input.Get("code") ?? input.Get("coding.code") ?? throw FhirError.Invalid("Parameter 'code' (or 'coding') is required.");
        var (system, date) = releases.Resolve(http, systemUri, "url", input.Get("version") ?? input.Get("systemVersion") ?? input.Get("coding.version"), input.Date("date"));
        var checkedCode = lookup.Validate(system, [code], date).Results[0];
        var display = checkedCode.Details?.Code.Description;
        if (checkedCode.Status != CodeValidationStatus.Valid) return Result(false, checkedCode.Message, display);

        var found = checkedCode.Details!;
        if (valueSet is not null && !valueSet.Contains(system, found.Code.Code, found.Ancestors.Select(a => a.Code)))
        {
            return Result(false, $"{found.Code.DisplayCode} is a valid {system.DisplayName()} code but not in value set {input.Get("url")}.", display);
        }
        var given = input.Get("display") ?? input.Get("coding.display");
        if (given is not null && !string.Equals(given.Trim(), display, StringComparison.OrdinalIgnoreCase))
        {
            return Result(false, $"The display '{given}' is not the display of {found.Code.DisplayCode}; it is '{display}'.", display);
        }
        return Result(true, checkedCode.Message, display);
    }

    private static Parameters Result(bool valid, string message, string? display)
    {
        var result = new Parameters();
        result.Add("result", new FhirBoolean(valid));
        if (message.Length > 0) result.Add("message", new FhirString(message));
        if (display is not null) result.Add("display", new FhirString(display));
        return result;
    }
}
