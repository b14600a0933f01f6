using System.Text;

namespace CodeSearch.Fuzz.Seeds;

/// <summary>Made-up clinical notes (no real patient) and Tabular List note texts for the text targets.</summary>
internal static class NoteSeeds
{
    public static IReadOnlyList<byte[]> Notes() => new[]
    {
        "Pt with HTN and T2DM, denies chest pain.",
        "HPI: 58 yo with possible pneumonia, r/o PNA.\nPMH: hx of HTN.\nFH: mother with breast cancer.\n\nA&P:\n1. HTN - continue meds\n2. T2DM, no complications",
        "CC: chest pain\r\nROS: negative for fever. No evidence of pneumonia; cannot exclude PE.\r\nAssessment: Chest pain, unspecified.",
        "Diagnoses:\n- Essential hypertension\n- Type 2 diabetes mellitus without complications\nMedications: metformin 500 mg",
        "s/p CABG. Pt’s BP 150/95 — HTN uncontrolled. Café-au-lait. ﬁnding: e\u0301de\u0300me.",
    }.Select(Encoding.UTF8.GetBytes).ToList();

    public static IReadOnlyList<byte[]> TabularNoteTexts() => new[]
    {
        "seed condition (E08.-)", "seed (E08-E13)", "seed (E08.0-E08.9)", "seed (S00.- to S09.-)", "seed (Z79.4, Z79.84; Z79.85)",
        "seed (T36-T50 with fifth or sixth character 5)", "seed (G6PD) and (I69. with)", "seed ((nested) (A00.0))", "(E11.9 and E11.65)",
    }.Select(Encoding.UTF8.GetBytes).ToList();
}
