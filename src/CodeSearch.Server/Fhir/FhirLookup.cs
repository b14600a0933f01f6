using CodeSearch.Core;
using CodeSearch.Core.Catalog;
using CodeSearch.Core.Reference;
using Hl7.Fhir.Model;

namespace CodeSearch.Server.Fhir;

/// <summary>
/// CodeSystem/$lookup over <see cref="CodeLookupService"/>: display, the short description as a designation, and as
/// properties parent, child, inactive, notSelectable (headers), billable, kind, each Tabular note (by kind) and each
/// 7th-character choice. <c>property</c> inputs narrow the properties returned; without any, all are.
/// </summary>
internal sealed class FhirLookup(CodeLookupService lookup, FhirReleases releases, IIndexProvider indexes, FhirCache cache, TimeProvider time)
{
    public const string DesignationUseSystem = "urn:codesearch:designation-use";

    /// <summary>The answer, serialized and cached like GetCode's.</summary>
    public byte[] Run(HttpContext http, FhirInput input)
    {
        var systemUri = input.Get("system") ?? input.Get("coding.system");
        var code = input.Get("code") ?? input.Get("coding.code") ?? throw FhirError.Invalid("Parameter 'code' (or 'coding') is required.");
        var (system, date) = releases.Resolve(http, systemUri, "system", input.Get("version") ?? input.Get("coding.version"), input.Date("date"));
        var wanted = input.All("property").ToHashSet(StringComparer.Ordinal);
        var normal = CodeFormat.TryNormalize(system, code, out var n) ? n : code;
        var asOf = date ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var key = $"fhir-lookup\u001f{indexes.Current.Generation}\u001f{system}\u001f{normal}\u001f{date:yyyyMMdd}\u001f{asOf:yyyyMMdd}\u001f{string.Join(',', wanted.Order(StringComparer.Ordinal))}";
        return cache.GetOrCreate("FhirLookup", key, () => Build(system, code, date, asOf, wanted));
    }

    private Parameters Build(CodeSystemId system, string code, DateOnly? date, DateOnly asOf, HashSet<string> wanted)
    {
        var details = lookup.Get(system, code, date);
        bool Wants(string property) => wanted.Count == 0 || wanted.Contains(property);

        var found = details.Code;
        var result = new Parameters();
        result.Add("name", new FhirString(system.DisplayName()));
        result.Add("version", new FhirString(found.ReleaseId));
        result.Add("display", new FhirString(found.Description));
        if (found.ShortDescription.Length > 0 && (wanted.Count == 0 || wanted.Contains("designation")))
        {
            result.Parameter.Add(new Parameters.ParameterComponent
            {
                Name = "designation",
                Part =
                [
                    new() { Name = "use", Value = new Coding(DesignationUseSystem, "short", "Short description") },
                    new() { Name = "value", Value = new FhirString(found.ShortDescription) },
                ],
            });
        }
        if (Wants("parent") && details.Ancestors.Count > 0) Property(result, "parent", new Code(details.Ancestors[0].DisplayCode));
        if (Wants("child")) foreach (var child in details.Children) Property(result, "child", new Code(child.DisplayCode));
        if (Wants("inactive")) Property(result, "inactive", new FhirBoolean(!ValidityRules.IsEffective(found, asOf)));
        if (Wants("notSelectable")) Property(result, "notSelectable", new FhirBoolean(!found.Billable));
        if (Wants("billable")) Property(result, "billable", new FhirBoolean(found.Billable));
        if (Wants("kind")) Property(result, "kind", new Code(KindName(found.Kind)));
        foreach (var note in details.Notes)
        {
            var name = NoteName(note.Note.Kind);
            if (!Wants(name)) continue;
            Property(result, name, new FhirString(note.Note.Text), Sub("source", new FhirString(note.SourceId)), Sub("fromRelease", new FhirString(note.FromRelease)));
        }
        if (Wants("seventhCharacter"))
        {
            foreach (var choice in details.SevenCharacters)
            {
                var parts = new List<Parameters.ParameterComponent> { Sub("character", new Code(choice.Character.ToString())) };
                if (choice.Code is { } full) parts.Add(Sub("code", new Code(CodeFormat.ToDisplay(system, full))));
                Property(result, "seventhCharacter", new FhirString(choice.Description), [.. parts]);
            }
        }
        return result;
    }

    /// <summary>The property code of a Tabular note kind, as $lookup returns it.</summary>
    public static string NoteName(NoteKind kind) => kind switch
    {
        NoteKind.InclusionTerm => "inclusionTerm",
        NoteKind.Includes => "includes",
        NoteKind.Excludes1 => "excludes1",
        NoteKind.Excludes2 => "excludes2",
        NoteKind.CodeFirst => "codeFirst",
        NoteKind.UseAdditionalCode => "useAdditionalCode",
        NoteKind.CodeAlso => "codeAlso",
        NoteKind.SevenCharacterNote => "seventhCharacterNote",
        _ => "note",
    };

    private static string KindName(CodeKind kind) => kind switch
    {
        CodeKind.Header => "header",
        CodeKind.Modifier => "modifier",
        _ => "code",
    };

    private static Parameters.ParameterComponent Sub(string code, DataType value) => new()
    {
        Name = "subproperty",
        Part = [new() { Name = "code", Value = new Code(code) }, new() { Name = "value", Value = value }],
    };

    private static void Property(Parameters result, string code, DataType value, params Parameters.ParameterComponent[] subproperties)
    {
        var property = new Parameters.ParameterComponent
        {
            Name = "property",
            Part = [new() { Name = "code", Value = new Code(code) }, new() { Name = "value", Value = value }],
        };
        property.Part.AddRange(subproperties);
        result.Parameter.Add(property);
    }
}
