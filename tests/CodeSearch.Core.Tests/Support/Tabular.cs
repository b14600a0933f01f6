using CodeSearch.Core.Reference;

namespace CodeSearch.Core.Tests.Support;

/// <summary>Builders for hand-made Tabular List nodes, notes and index entries (undotted ids, as the importer stores them).</summary>
internal static class Tabular
{
    public static TabularNode Chapter(string id, string description, params TabularNote[] notes) =>
        new() { Level = TabularLevel.Chapter, Id = id, Description = description, Notes = notes };

    public static TabularNode Section(string id, string chapter, string description, params TabularNote[] notes) =>
        new() { Level = TabularLevel.Section, Id = id, ParentId = chapter, Description = description, Notes = notes };

    public static TabularNode Diag(string id, string parent, string description, params TabularNote[] notes) =>
        new() { Level = TabularLevel.Code, Id = id, ParentId = parent, Description = description, Notes = notes };

    public static TabularNote Note(NoteKind kind, string text, params CodeReference[] references) => new(kind, text, references);

    /// <summary>"(E08.-)": the code and everything under it.</summary>
    public static CodeReference Prefix(string code) => new(code, code, IsPrefix: true);

    /// <summary>"(Z79.4)": exactly that code.</summary>
    public static CodeReference Exactly(string code) => new(code, code, IsPrefix: false);

    /// <summary>"(E08-E13)".</summary>
    public static CodeReference Range(string from, string to) => new(from, to, IsPrefix: true);

    public static SevenCharacter Seventh(char character, string description) => new(character, description);

    public static AlphabeticIndexEntry Entry(AlphabeticIndexKind index, string? code, params string[] path) =>
        new() { Index = index, Path = path, Code = code, Level = path.Length - 1, ReleaseId = index == AlphabeticIndexKind.Diseases ? "FY2023" : "2026-04" };

    public static ReferenceData Data(IEnumerable<TabularNode> nodes, IReadOnlyList<AlphabeticIndexEntry>? entries = null, IReadOnlyList<int>? seeTargets = null) => new()
    {
        TargetReleaseId = "FY2026",
        Tabular = new TabularList("FY2023", nodes.ToList()),
        Entries = entries ?? [],
        SeeTargets = seeTargets ?? Enumerable.Repeat(-1, entries?.Count ?? 0).ToList(),
    };

    /// <summary>A lookup function over FY2026 codes, as the services pass to <see cref="ReferenceLookup"/>.</summary>
    public static Func<string, MedicalCode?> Finder(params MedicalCode[] codes)
    {
        var byCode = codes.ToDictionary(c => c.Code, StringComparer.Ordinal);
        return code => byCode.GetValueOrDefault(code);
    }
}
