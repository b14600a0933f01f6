using CodeSearch.Core;
using CodeSearch.Suggestions.Procedures;

namespace CodeSearch.Suggestions.Tests.Procedures;

/// <summary>A hand-written slice of six ICD-10-PCS tables in the order file's shape (headers, then codes), and a
/// small procedure wording list.</summary>
internal static class PcsFixture
{
    private static int _order;

    private static MedicalCode Pcs(string code, string title) => new()
    {
        System = CodeSystemId.Icd10Pcs, Code = code, Description = title, Kind = code.Length == 7 ? CodeKind.Code : CodeKind.Header,
        Billable = code.Length == 7, Order = ++_order, ReleaseId = "FY2026",
    };

    public static readonly MedicalCode[] Codes =
    [
        Pcs("0FB", "Hepatobiliary System and Pancreas, Excision"),
        Pcs("0FB00ZX", "Excision of Liver, Open Approach, Diagnostic"),
        Pcs("0FB00ZZ", "Excision of Liver, Open Approach"),
        Pcs("0FB03ZX", "Excision of Liver, Percutaneous Approach, Diagnostic"),
        Pcs("0FB03ZZ", "Excision of Liver, Percutaneous Approach"),
        Pcs("0FT", "Hepatobiliary System and Pancreas, Resection"),
        Pcs("0FT40ZZ", "Resection of Gallbladder, Open Approach"),
        Pcs("0FT44ZZ", "Resection of Gallbladder, Percutaneous Endoscopic Approach"),
        Pcs("0FTG0ZZ", "Resection of Pancreas, Open Approach"),
        Pcs("BW2", "Imaging, Anatomical Regions, Computerized Tomography (CT Scan)"),
        Pcs("BW2000Z", "Computerized Tomography (CT Scan) of Abdomen using High Osmolar Contrast, Unenhanced and Enhanced"),
        Pcs("BW20ZZZ", "Computerized Tomography (CT Scan) of Abdomen"),
        Pcs("BW21ZZZ", "Computerized Tomography (CT Scan) of Abdomen and Pelvis"),
        Pcs("BT4", "Imaging, Urinary System, Ultrasonography"),
        Pcs("BT41ZZZ", "Ultrasonography of Right Kidney"),
        Pcs("BT43ZZZ", "Ultrasonography of Bilateral Kidneys"),
        Pcs("0BT", "Respiratory System, Resection"),
        Pcs("0BTM0ZZ", "Resection of Bilateral Lungs, Open Approach"),
        Pcs("4A0", "Measurement and Monitoring, Physiological Systems, Measurement"),
        Pcs("4A0204Z", "Measurement of Cardiac Electrical Activity, Open Approach"),
        Pcs("4A02X4Z", "Measurement of Cardiac Electrical Activity, External Approach"),
        Pcs("4A02X9Z", "Measurement of Cardiac Output, External Approach"),
        Pcs("BT1", "Imaging, Urinary System, Fluoroscopy"),
        Pcs("BT140ZZ", "Fluoroscopy of Kidneys, Ureters and Bladder using High Osmolar Contrast"),
        Pcs("BT14YZZ", "Fluoroscopy of Kidneys, Ureters and Bladder using Other Contrast"),
        Pcs("6A5", "Extracorporeal or Systemic Therapies, Physiological Systems, Pheresis"),
        Pcs("6A550Z3", "Pheresis of Plasma, Single"),
    ];

    public const string WordsTsv = """
        # test wording
        kind	phrase	operation	body_part	approach	qualifier	notes
        operation	resection	Resection
        operation	removal	Resection
        operation	biopsy	Excision			diagnostic
        operation	ct	Computerized Tomography (CT Scan)
        procedure	ecg	Measurement	cardiac	external	electrical activity
        procedure	urography	Fluoroscopy	kidneys ureters and bladder
        operation	drainage	Drainage
        procedure	cholecystectomy	Resection	gallbladder
        approach	open			open
        approach	laparoscopic			percutaneous endoscopic
        approach	percutaneous			percutaneous
        operation	ultrasound	Ultrasonography
        body_part	abdominal		abdomen
        body_part	pelvic		pelvis
        """;

    public static ProcedureWords Words => ProcedureWords.Read(new StringReader(WordsTsv.Replace("        ", "", StringComparison.Ordinal)));
}
