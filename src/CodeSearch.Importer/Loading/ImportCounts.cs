using CodeSearch.Core;
using CodeSearch.Importer.Manifest;

namespace CodeSearch.Importer.Loading;

/// <summary>Counts of what one release import produced, in the terms of <see cref="ExpectedCounts"/>.</summary>
public sealed record ImportCounts(int Entries, int Billable, int Codes, int Headers, int Modifiers, int NotTerminated)
{
    /// <summary>Counts a release's entries.</summary>
    public static ImportCounts Of(IReadOnlyCollection<MedicalCode> codes)
    {
        int billable = 0, kindCode = 0, headers = 0, modifiers = 0, notTerminated = 0;
        foreach (var code in codes)
        {
            if (code.Billable) billable++;
            switch (code.Kind)
            {
                case CodeKind.Code:
                    kindCode++;
                    if (code.TerminationDate is null) notTerminated++;
                    break;
                case CodeKind.Header: headers++; break;
                case CodeKind.Modifier: modifiers++; break;
            }
        }
        return new ImportCounts(codes.Count, billable, kindCode, headers, modifiers, notTerminated);
    }

    /// <summary>Differences from the expected counts, e.g. "entries 98186 expected, 50000 read"; empty when all match.</summary>
    public IReadOnlyList<string> Mismatches(ExpectedCounts expected)
    {
        var problems = new List<string>();
        Compare("entries", expected.Entries, Entries);
        Compare("billable", expected.Billable, Billable);
        Compare("codes", expected.Codes, Codes);
        Compare("modifiers", expected.Modifiers, Modifiers);
        Compare("notTerminated", expected.NotTerminated, NotTerminated);
        return problems;

        void Compare(string name, int? want, int got)
        {
            if (want is { } w && w != got) problems.Add($"{name} {w:N0} expected, {got:N0} read");
        }
    }
}
