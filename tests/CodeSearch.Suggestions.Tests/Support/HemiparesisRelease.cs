using CodeSearch.Core;
using static CodeSearch.Suggestions.Tests.Support.TestCodes;

namespace CodeSearch.Suggestions.Tests.Support;

/// <summary>A small hand-made ICD-10-CM release with the sided codes of hemiparesis after a cerebral infarction (one
/// per side and dominance, and the unspecified side) and essential hypertension, for tests of side handling.</summary>
internal static class HemiparesisRelease
{
    private const string Stem = "Hemiplegia and hemiparesis following cerebral infarction affecting ";

    public static FakeIndex Index() => new FakeIndex()
        .WithRelease(CodeSystemId.Icd10Cm, Release, new DateOnly(2025, 10, 1), new DateOnly(2026, 9, 30))
        .WithCode(Icd("I6935", "Hemiplegia and hemiparesis following cerebral infarction", billable: false, order: 1))
        .WithCode(Icd("I69351", Stem + "right dominant side", parent: "I6935", order: 2))
        .WithCode(Icd("I69352", Stem + "left dominant side", parent: "I6935", order: 3))
        .WithCode(Icd("I69353", Stem + "right non-dominant side", parent: "I6935", order: 4))
        .WithCode(Icd("I69354", Stem + "left non-dominant side", parent: "I6935", order: 5))
        .WithCode(Icd("I69359", Stem + "unspecified side", parent: "I6935", order: 6))
        .WithCode(Icd("I10", "Essential (primary) hypertension", order: 7));
}
