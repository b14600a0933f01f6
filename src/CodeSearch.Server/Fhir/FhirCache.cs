using CodeSearch.Server.Caching;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Hl7.Fhir.Model;

namespace CodeSearch.Server.Fhir;

/// <summary>
/// Serialized FHIR answers in the server's <see cref="ResponseCache"/> (same byte budget, expiry and hit/miss counters
/// as GetCode and SearchCodes); keys start with the index generation, so a new index never serves an old answer.
/// </summary>
internal sealed class FhirCache(ResponseCache cache)
{
    public byte[] GetOrCreate(string operation, string key, Func<Resource> compute) =>
        cache.GetOrCreate(operation, key, () => new BytesValue { Value = ByteString.CopyFrom(FhirJson.Serialize(compute())) }).Value.ToByteArray();
}
