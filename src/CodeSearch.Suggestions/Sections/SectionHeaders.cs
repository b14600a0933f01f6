namespace CodeSearch.Suggestions.Sections;

/// <summary>
/// The header names <see cref="SectionDetector"/> recognises, matched case-insensitively with any run of spaces or
/// tabs between words:
/// <list type="table">
/// <item><term>ChiefComplaint</term><description>Chief complaint, CC, Reason for visit</description></item>
/// <item><term>HistoryOfPresentIllness</term><description>History of present illness, History of the present illness, HPI</description></item>
/// <item><term>PastMedicalHistory</term><description>Past medical history, Medical history, PMH, PMHx</description></item>
/// <item><term>PastSurgicalHistory</term><description>Past surgical history, Surgical history, PSH, PSHx</description></item>
/// <item><term>FamilyHistory</term><description>Family history, Family hx, FH, FHx</description></item>
/// <item><term>SocialHistory</term><description>Social history, Social hx, SH, SHx</description></item>
/// <item><term>ReviewOfSystems</term><description>Review of systems, ROS</description></item>
/// <item><term>PhysicalExam</term><description>Physical exam, Physical examination, Examination, Exam, PE</description></item>
/// <item><term>Assessment</term><description>Assessment, Impression, Clinical impression</description></item>
/// <item><term>Plan</term><description>Plan</description></item>
/// <item><term>AssessmentAndPlan</term><description>Assessment and plan, Assessment &amp; plan, Assessment/plan, Impression and plan, A&amp;P, A/P</description></item>
/// <item><term>Diagnoses</term><description>Diagnoses, Diagnosis, Discharge diagnoses, Discharge diagnosis, Final diagnoses, Final diagnosis, Problem list</description></item>
/// <item><term>Medications</term><description>Medications, Current medications, Home medications, Meds</description></item>
/// <item><term>Allergies</term><description>Allergies, Drug allergies</description></item>
/// </list>
/// </summary>
internal static class SectionHeaders
{
    /// <summary>Every alias split into words, longest first so "Assessment and plan" wins over "Assessment".</summary>
    public static readonly IReadOnlyList<(string[] Words, SectionKind Kind)> Aliases = Build();

    private static List<(string[] Words, SectionKind Kind)> Build()
    {
        var names = new (string Name, SectionKind Kind)[]
        {
            ("Chief complaint", SectionKind.ChiefComplaint), ("CC", SectionKind.ChiefComplaint),
            ("Reason for visit", SectionKind.ChiefComplaint),
            ("History of present illness", SectionKind.HistoryOfPresentIllness),
            ("History of the present illness", SectionKind.HistoryOfPresentIllness),
            ("HPI", SectionKind.HistoryOfPresentIllness),
            ("Past medical history", SectionKind.PastMedicalHistory), ("Medical history", SectionKind.PastMedicalHistory),
            ("PMH", SectionKind.PastMedicalHistory), ("PMHx", SectionKind.PastMedicalHistory),
            ("Past surgical history", SectionKind.PastSurgicalHistory), ("Surgical history", SectionKind.PastSurgicalHistory),
            ("PSH", SectionKind.PastSurgicalHistory), ("PSHx", SectionKind.PastSurgicalHistory),
            ("Family history", SectionKind.FamilyHistory), ("Family hx", SectionKind.FamilyHistory),
            ("FH", SectionKind.FamilyHistory), ("FHx", SectionKind.FamilyHistory),
            ("Social history", SectionKind.SocialHistory), ("Social hx", SectionKind.SocialHistory),
            ("SH", SectionKind.SocialHistory), ("SHx", SectionKind.SocialHistory),
            ("Review of systems", SectionKind.ReviewOfSystems), ("ROS", SectionKind.ReviewOfSystems),
            ("Physical exam", SectionKind.PhysicalExam), ("Physical examination", SectionKind.PhysicalExam),
            ("Examination", SectionKind.PhysicalExam), ("Exam", SectionKind.PhysicalExam), ("PE", SectionKind.PhysicalExam),
            ("Assessment", SectionKind.Assessment), ("Impression", SectionKind.Assessment),
            ("Clinical impression", SectionKind.Assessment),
            ("Plan", SectionKind.Plan),
            ("Assessment and plan", SectionKind.AssessmentAndPlan), ("Assessment & plan", SectionKind.AssessmentAndPlan),
            ("Assessment/plan", SectionKind.AssessmentAndPlan), ("Impression and plan", SectionKind.AssessmentAndPlan),
            ("A&P", SectionKind.AssessmentAndPlan), ("A/P", SectionKind.AssessmentAndPlan),
            ("Diagnoses", SectionKind.Diagnoses), ("Diagnosis", SectionKind.Diagnoses),
            ("Discharge diagnoses", SectionKind.Diagnoses), ("Discharge diagnosis", SectionKind.Diagnoses),
            ("Final diagnoses", SectionKind.Diagnoses), ("Final diagnosis", SectionKind.Diagnoses),
            ("Problem list", SectionKind.Diagnoses),
            ("Medications", SectionKind.Medications), ("Current medications", SectionKind.Medications),
            ("Home medications", SectionKind.Medications), ("Meds", SectionKind.Medications),
            ("Allergies", SectionKind.Allergies), ("Drug allergies", SectionKind.Allergies),
        };

        return names
            .Select(n => (n.Name.Split(' '), n.Kind))
            .OrderByDescending(a => a.Item1.Sum(w => w.Length + 1))
            .ToList();
    }
}
