// Firely's model is nullable throughout; the tests assert on the values they read.
#nullable disable warnings
using CodeSearch.Server.Tests.Support;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;

namespace CodeSearch.Server.Tests.Fhir;

/// <summary>Firely FHIR clients on a two-port server's HTTP/1.1 address, with or without an API key.</summary>
internal static class FhirClients
{
    public const string Icd10Cm = "http://hl7.org/fhir/sid/icd-10-cm";
    public const string Cpt = "http://www.ama-assn.org/go/cpt";

    public static FhirClient For(TwoPortServerFactory factory, string? apiKey = Callers.AliceKey)
    {
        _ = factory.Http; // starts the server
        var http = new HttpClient();
        if (apiKey is not null) http.DefaultRequestHeaders.Add("x-api-key", apiKey);
        return new FhirClient(new Uri(factory.HttpAddress, "/fhir"), http, new FhirClientSettings { PreferredFormat = ResourceFormat.Json, VerifyFhirVersion = false });
    }

    public static Parameters With(params (string Name, DataType Value)[] values)
    {
        var parameters = new Parameters();
        foreach (var (name, value) in values) parameters.Add(name, value);
        return parameters;
    }

    /// <summary>The value parts of the "property" parameters with code <paramref name="code"/>.</summary>
    public static IEnumerable<DataType> Properties(Parameters result, string code) =>
        result.Parameter.Where(p => p.Name == "property" && p.Part.Any(x => x.Name == "code" && ((Code)x.Value).Value == code))
            .Select(p => p.Part.First(x => x.Name == "value").Value);

    public static T Single<T>(Parameters result, string name) where T : DataType => (T)result.Parameter.Single(p => p.Name == name).Value;
}
