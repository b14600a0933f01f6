using CodeSearch.Core;
using static CodeSearch.Suggestions.Tests.Support.TestCodes;

namespace CodeSearch.Suggestions.Tests.Support;

/// <summary>
/// The small ICD-10-CM release the engine tests and properties share: diabetes, hypertension, pneumonia, breast
/// cancer and chest pain, with their headers, and index entries for "Hypertension" and "Cancer, breast".
/// </summary>
internal static class SampleIndex
{
    public static FakeIndex Create() => new FakeIndex()
        .WithRelease(CodeSystemId.Icd10Cm, Release, new DateOnly(2025, 10, 1), new DateOnly(2026, 9, 30))
        .WithCode(Icd("E11", "Type 2 diabetes mellitus", billable: false))
        .WithCode(Icd("E119", "Type 2 diabetes mellitus without complications", parent: "E11"))
        .WithCode(Icd("I10", "Essential (primary) hypertension"))
        .WithCode(Icd("J18", "Pneumonia, unspecified organism", billable: false))
        .WithCode(Icd("J189", "Pneumonia, unspecified organism", parent: "J18"))
        .WithCode(Icd("C50", "Malignant neoplasm of breast", billable: false))
        .WithCode(Icd("C50919", "Malignant neoplasm of unspecified site of unspecified female breast", parent: "C50"))
        .WithCode(Icd("R07", "Pain in throat and chest", billable: false))
        .WithCode(Icd("R079", "Chest pain, unspecified", parent: "R07"))
        .WithIndexEntry("I10", "Hypertension")
        .WithIndexEntry("C50.919", "Cancer", "breast");
}
