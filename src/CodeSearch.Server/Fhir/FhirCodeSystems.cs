using CodeSearch.Core;
using CodeSearch.Core.Catalog;
using CodeSearch.Server.Security;
using Hl7.Fhir.Model;

namespace CodeSearch.Server.Fhir;

/// <summary>
/// The loaded releases as CodeSystem resources (summary form: no concepts, content "not-present"), read by id and
/// searched by url, version or name; the CapabilityStatement and, with <c>mode=terminology</c>, the
/// TerminologyCapabilities listing the systems and versions served. CPT is listed only to callers who may see it.
/// </summary>
internal sealed class FhirCodeSystems(IIndexProvider indexes, CptAccess cpt, TimeProvider time)
{
    public CodeSystem Read(HttpContext http, string id) =>
        Visible(http).Select(ToResource).FirstOrDefault(c => c.Id == id) ?? throw FhirError.NotFound($"CodeSystem/{id} is not known.");

    public Bundle Search(HttpContext http, IQueryCollection query)
    {
        foreach (var name in query.Keys)
        {
            if (name is not ("url" or "version" or "name" or "system" or "_summary" or "_format" or "_count")) throw FhirError.NotSupported($"Search parameter '{name}' is not supported; use url, version or name.");
        }
        var matches = Visible(http).Select(ToResource)
            .Where(c => Matches(query, "url", c.Url ?? "") && Matches(query, "system", c.Url ?? "") && Matches(query, "version", c.Version ?? ""))
            .Where(c => !query.TryGetValue("name", out var name) || (c.Name ?? "").StartsWith(name.ToString(), StringComparison.OrdinalIgnoreCase) || (c.Title ?? "").StartsWith(name.ToString(), StringComparison.OrdinalIgnoreCase))
            .ToList();
        var bundle = new Bundle { Type = Bundle.BundleType.Searchset, Total = matches.Count, Id = Guid.NewGuid().ToString("N") };
        foreach (var match in matches) bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = $"CodeSystem/{match.Id}", Resource = match, Search = new() { Mode = Bundle.SearchEntryMode.Match } });
        return bundle;
    }

    public Resource Metadata(HttpContext http, string? mode) => mode switch
    {
        null or "" or "full" or "normative" => Capabilities(),
        "terminology" => Terminology(http),
        _ => throw FhirError.NotSupported($"mode '{mode}' is not supported; use 'full' or 'terminology'."),
    };

    private IEnumerable<LoadedRelease> Visible(HttpContext http) =>
        indexes.Current.Releases.Where(r => !cpt.Denies(r.Release.System, http));

    private static bool Matches(IQueryCollection query, string name, string value) =>
        !query.TryGetValue(name, out var wanted) || string.Equals(wanted.ToString(), value, StringComparison.Ordinal);

    private static CodeSystem ToResource(LoadedRelease loaded)
    {
        var release = loaded.Release;
        return new CodeSystem
        {
            Id = FhirSystems.ResourceId(release.System, release.ReleaseId),
            Url = FhirSystems.Uri(release.System),
            Version = release.ReleaseId,
            Name = release.System.DisplayName().Replace("-", "", StringComparison.Ordinal),
            Title = release.DisplayName,
            Status = PublicationStatus.Active,
            Content = CodeSystemContentMode.NotPresent,
            Count = loaded.CodeCount,
            HierarchyMeaning = CodeSystem.CodeSystemHierarchyMeaning.IsA,
            CaseSensitive = false,
            Description = $"{release.DisplayName}, for dates of service {ReleaseSelector.Window(release)}; {loaded.BillableCount} billable codes.",
            Property =
            [
                new() { Code = "parent", Type = CodeSystem.PropertyType.Code },
                new() { Code = "child", Type = CodeSystem.PropertyType.Code },
                new() { Code = "inactive", Type = CodeSystem.PropertyType.Boolean },
                new() { Code = "notSelectable", Type = CodeSystem.PropertyType.Boolean },
                new() { Code = "billable", Type = CodeSystem.PropertyType.Boolean, Description = "May be reported on a claim." },
            ],
        };
    }

    private CapabilityStatement Capabilities()
    {
        CapabilityStatement.OperationComponent Operation(string name) => new() { Name = name, Definition = $"http://hl7.org/fhir/OperationDefinition/{name}" };
        return new CapabilityStatement
        {
            Status = PublicationStatus.Active,
            DateElement = new FhirDateTime(time.GetUtcNow()),
            Kind = CapabilityStatementKind.Instance,
            Software = new() { Name = "CodeSearch" },
            Implementation = new() { Description = "CodeSearch FHIR R4 terminology operations" },
            FhirVersion = FHIRVersion.N4_0_1,
            Format = ["application/fhir+json"],
            Rest =
            [
                new()
                {
                    Mode = CapabilityStatement.RestfulCapabilityMode.Server,
                    Resource =
                    [
                        new()
                        {
                            Type = ResourceType.CodeSystem.ToString(),
                            Interaction = [new() { Code = CapabilityStatement.TypeRestfulInteraction.Read }, new() { Code = CapabilityStatement.TypeRestfulInteraction.SearchType }],
                            SearchParam = [new() { Name = "url", Type = SearchParamType.Uri }, new() { Name = "version", Type = SearchParamType.Token }, new() { Name = "name", Type = SearchParamType.String }],
                            Operation = [Operation("CodeSystem-lookup"), Operation("CodeSystem-validate-code"), Operation("CodeSystem-subsumes")],
                        },
                        new()
                        {
                            Type = ResourceType.ValueSet.ToString(),
                            Operation = [Operation("ValueSet-expand"), Operation("ValueSet-validate-code")],
                        },
                    ],
                },
            ],
        };
    }

    private TerminologyCapabilities Terminology(HttpContext http)
    {
        var capabilities = new TerminologyCapabilities
        {
            Status = PublicationStatus.Active,
            DateElement = new FhirDateTime(time.GetUtcNow()),
            Kind = CapabilityStatementKind.Instance,
            Software = new() { Name = "CodeSearch" },
            Expansion = new() { Paging = true, Hierarchical = false, TextFilter = "Ranked as SearchCodes: codes and code prefixes first, then words of descriptions and index terms." },
            CodeSearch = TerminologyCapabilities.CodeSearchSupport.All,
            ValidateCode = new() { Translations = false },
        };
        foreach (var group in Visible(http).GroupBy(r => r.Release.System))
        {
            var entry = new TerminologyCapabilities.CodeSystemComponent { Uri = FhirSystems.Uri(group.Key), Subsumption = true };
            foreach (var release in group) entry.Version.Add(new() { Code = release.Release.ReleaseId, IsDefault = release == group.First() });
            capabilities.CodeSystem.Add(entry);
        }
        return capabilities;
    }
}
