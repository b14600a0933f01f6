namespace CodeSearch.Suggestions.Sections;

/// <summary>The part of a clinical note a piece of text sits in; later stages use it for assertion and weighting.</summary>
public enum SectionKind
{
    /// <summary>Text before the first recognised header.</summary>
    Unknown = 0,

    /// <summary>Chief complaint (CC).</summary>
    ChiefComplaint,

    /// <summary>History of present illness (HPI).</summary>
    HistoryOfPresentIllness,

    /// <summary>Past medical history (PMH).</summary>
    PastMedicalHistory,

    /// <summary>Past surgical history (PSH).</summary>
    PastSurgicalHistory,

    /// <summary>Family history (FH); mentions here are about relatives.</summary>
    FamilyHistory,

    /// <summary>Social history (SH).</summary>
    SocialHistory,

    /// <summary>Review of systems (ROS).</summary>
    ReviewOfSystems,

    /// <summary>Physical exam (PE).</summary>
    PhysicalExam,

    /// <summary>Assessment or impression.</summary>
    Assessment,

    /// <summary>Plan.</summary>
    Plan,

    /// <summary>Combined assessment and plan (A&amp;P).</summary>
    AssessmentAndPlan,

    /// <summary>Diagnoses, discharge diagnoses or problem list.</summary>
    Diagnoses,

    /// <summary>Medications.</summary>
    Medications,

    /// <summary>Allergies.</summary>
    Allergies,
}
