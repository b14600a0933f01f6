using CodeSearch.Core;
using CodeSearch.Core.Catalog;
using CodeSearch.Suggestions.Engine;
using CodeSearch.Suggestions.Sections;
using DomainAssertion = CodeSearch.Suggestions.Assertion.AssertionKind;

namespace CodeSearch.Server.Tests.Support;

/// <summary>Hand-made engine results for the fake suggester, over one ICD-10-CM release.</summary>
public static class SuggestionSamples
{
    /// <summary>The note <see cref="Result"/> describes; evidence offsets point into it.</summary>
    public const string Note = "FH: mother with HTN.\nAssessment: HTN. Denies chest pain.";

    public static readonly CodeRelease Fy2026 = new()
    {
        System = CodeSystemId.Icd10Cm, ReleaseId = "FY2026", EffectiveDate = new DateOnly(2025, 10, 1), EndDate = new DateOnly(2026, 9, 30),
    };

    public static readonly LoadedRelease Loaded = new()
    {
        Release = Fy2026, CodeCount = 2, BillableCount = 2, HeaderCount = 0, ModifierCount = 0, TerminatedCount = 0, Sources = [],
    };

    public static readonly MedicalCode I10 = Code("I10", "Essential (primary) hypertension", "Essential (primary) HTN");

    public static readonly MedicalCode R079 = Code("R079", "Chest pain, unspecified", "Chest pain unspec");

    public static readonly SuggestionResult Result = new(
        [new CodeSuggestion(I10, 0.875, [Span("HTN", 0, SectionKind.FamilyHistory, DomainAssertion.Family), Span("HTN", 1, SectionKind.Assessment, DomainAssertion.Present)],
            "\"HTN\" = hypertension (abbreviation) matched \"Essential (primary) hypertension\"")],
        [new ExcludedMention(R079, DomainAssertion.Negated, 0.5, [Span("chest pain", 0, SectionKind.Assessment, DomainAssertion.Negated)],
            "\"chest pain\" matched \"Chest pain, unspecified\"")],
        [Loaded]);

    /// <summary>A result naming a code from a release the result does not list (an engine bug).</summary>
    public static readonly SuggestionResult UnlistedRelease = new(
        [new CodeSuggestion(I10 with { ReleaseId = "FY2099" }, 0.5, [], "")], [], [Loaded]);

    /// <summary>The <paramref name="occurrence"/>-th (0-based) span of <paramref name="text"/> in <see cref="Note"/>.</summary>
    public static EvidenceSpan Span(string text, int occurrence, SectionKind section, DomainAssertion assertion)
    {
        var start = -1;
        for (var i = 0; i <= occurrence; i++) start = Note.IndexOf(text, start + 1, StringComparison.Ordinal);
        return new EvidenceSpan(start, start + text.Length, text, section, assertion);
    }

    private static MedicalCode Code(string code, string description, string shortDescription) => new()
    {
        System = CodeSystemId.Icd10Cm, Code = code, Description = description, ShortDescription = shortDescription,
        Kind = CodeKind.Code, Billable = true, ReleaseId = "FY2026",
    };
}
