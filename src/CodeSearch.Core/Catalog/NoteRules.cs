using CodeSearch.Core.Reference;

namespace CodeSearch.Core.Catalog;

/// <summary>
/// Checks codes reported together against their notes. An Excludes1 note naming another listed code is a conflict.
/// The "code first" (or "use additional code") lines printed at one place form one requirement whose lines are
/// alternatives ("insulin (Z79.4)", "oral antidiabetic drugs (Z79.84)"): it is unmet when none of the codes its
/// lines name is listed, and then reported once, lines joined. Lines that name no code ("code first underlying
/// condition") cannot be checked and are left to the coder.
/// </summary>
internal static class NoteRules
{
    public static ValidationReport Apply(IReadOnlyList<CodeValidationResult> results)
    {
        var found = results.Where(r => r.Details is not null).Select(r => r.Details!).DistinctBy(d => d.Code.Code).ToList();
        var conflicts = new List<CodeConflict>();
        var unmet = new List<UnmetRequirement>();
        foreach (var details in found)
        {
            var others = found.Where(o => o.Code.Code != details.Code.Code).Select(o => o.Code).ToList();
            foreach (var note in details.Notes.Where(n => n.Note.Kind == NoteKind.Excludes1))
            {
                conflicts.AddRange(others.Where(o => Names(note, o)).Select(o => new CodeConflict(details.Code, o, note)));
            }
            var requirements = details.Notes
                .Where(n => n.Note.Kind is NoteKind.CodeFirst or NoteKind.UseAdditionalCode && n.Note.References.Count > 0)
                .GroupBy(n => (n.Note.Kind, n.SourceLevel, n.SourceId));
            foreach (var requirement in requirements)
            {
                if (!others.Any(o => requirement.Any(n => Names(n, o)))) unmet.Add(new UnmetRequirement(details.Code, Combine(requirement.ToList())));
            }
        }
        return new ValidationReport(results, conflicts, unmet);
    }

    private static bool Names(AppliedNote note, MedicalCode code) => note.Note.References.Any(r => r.Covers(code.Code));

    private static AppliedNote Combine(IReadOnlyList<AppliedNote> lines) => lines.Count == 1 ? lines[0] : lines[0] with
    {
        Note = new TabularNote(lines[0].Note.Kind, string.Join("; ", lines.Select(l => l.Note.Text)), lines.SelectMany(l => l.Note.References).Distinct().ToList()),
    };
}
