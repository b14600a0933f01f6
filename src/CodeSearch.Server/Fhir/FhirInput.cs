using System.Globalization;
using Hl7.Fhir.Model;

namespace CodeSearch.Server.Fhir;

/// <summary>
/// An operation's input parameters, from the query string (GET) or a Parameters resource (POST), as strings by name.
/// A Coding parameter (<c>coding</c>) is read as its system and code.
/// </summary>
internal sealed class FhirInput
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);

    public static FhirInput FromQuery(IQueryCollection query)
    {
        var input = new FhirInput();
        foreach (var (name, values) in query)
        {
            foreach (var value in values) if (value is not null) input.Add(name, value);
        }
        return input;
    }

    public static FhirInput FromParameters(Parameters parameters)
    {
        var input = new FhirInput();
        foreach (var parameter in parameters.Parameter)
        {
            if (parameter.Value is Coding coding)
            {
                input.Add(parameter.Name + ".system", coding.System ?? "");
                input.Add(parameter.Name + ".code", coding.Code ?? "");
                if (coding.Version is { } version) input.Add(parameter.Name + ".version", version);
                if (coding.Display is { } display) input.Add(parameter.Name + ".display", display);
            }
            else if (parameter.Value is PrimitiveType primitive && primitive.JsonValue is { } value)
            {
                input.Add(parameter.Name ?? "", value is bool flag ? (flag ? "true" : "false") : Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");
            }
            else if (parameter.Value is not null || parameter.Resource is not null || parameter.Part.Count > 0)
            {
                throw FhirError.NotSupported($"Parameter '{parameter.Name}' of type {parameter.Value?.TypeName ?? "resource or part"} is not supported.");
            }
        }
        return input;
    }

    private void Add(string name, string value)
    {
        if (!_values.TryGetValue(name, out var list)) _values[name] = list = [];
        list.Add(value);
    }

    public string? Get(string name) => _values.TryGetValue(name, out var list) ? list[0] : null;

    public IReadOnlyList<string> All(string name) => _values.TryGetValue(name, out var list) ? list : [];

    public string Required(string name) => Get(name) is { Length: > 0 } value ? value : throw FhirError.Invalid($"Parameter '{name}' is required.");

    /// <summary>A FHIR date or dateTime as a date of service (its date part).</summary>
    public DateOnly? Date(string name)
    {
        if (Get(name) is not { Length: > 0 } text) return null;
        if (text.Length >= 10 && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        throw FhirError.Invalid($"Parameter '{name}' must be a date (YYYY-MM-DD) or dateTime.");
    }

    public int? Integer(string name, int min, int max)
    {
        if (Get(name) is not { Length: > 0 } text) return null;
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw FhirError.Invalid($"Parameter '{name}' must be an integer from {min} to {max}.");
        }
        return value;
    }
}
