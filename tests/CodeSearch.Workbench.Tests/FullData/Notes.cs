namespace CodeSearch.Workbench.Tests.FullData;

/// <summary>A hand-written (fictional) clinic note of about 2,000 characters, with negated, possible, historical and
/// family mentions.</summary>
internal static class Notes
{
    public const string Clinic = """
        CHIEF COMPLAINT: Follow-up of diabetes and blood pressure.

        HISTORY OF PRESENT ILLNESS: 64-year-old man with type 2 diabetes mellitus with hyperglycemia, seen for
        routine follow-up. Home glucose readings run between 180 and 260 over the past month despite metformin.
        He reports increased thirst and fatigue. He denies chest pain, denies shortness of breath and has no
        palpitations. No fever or chills. He had a cough for a week; possible pneumonia was raised at urgent care
        but the chest film there was read as clear. He reports mild swelling of both ankles in the evenings.

        PAST MEDICAL HISTORY: History of myocardial infarction in 2019, treated with a stent. Essential
        hypertension. Hyperlipidemia. Chronic kidney disease stage 3a. Former smoker, quit in 2015.

        FAMILY HISTORY: Mother had breast cancer at 58. Father with coronary artery disease. Brother with
        type 2 diabetes.

        SOCIAL HISTORY: Lives with his wife, retired electrician. Drinks alcohol rarely. No drug use.

        MEDICATIONS: Metformin 1000 mg twice daily, lisinopril 20 mg daily, atorvastatin 40 mg nightly, aspirin
        81 mg daily.

        REVIEW OF SYSTEMS: Negative for chest pain, syncope, abdominal pain, nausea and vomiting. Positive for
        polyuria and polydipsia. No numbness or tingling in the feet.

        PHYSICAL EXAM: BP 152/94, HR 78, BMI 33.1. Lungs clear to auscultation. Heart regular, no murmur.
        Trace pitting edema of both ankles. Monofilament sensation intact in both feet. No foot ulcer.

        ASSESSMENT AND PLAN:
        1. Type 2 diabetes mellitus with hyperglycemia, not at goal. Add empagliflozin; recheck HbA1c in three
        months. Diabetes education referral.
        2. Essential hypertension, above goal. Increase lisinopril to 40 mg daily.
        3. Chronic kidney disease stage 3a, stable; monitor renal function.
        4. Obesity, BMI 33. Dietary counselling given.
        5. Hyperlipidemia, continue atorvastatin.
        6. Old myocardial infarction, no angina; continue aspirin.
        7. Ankle edema, likely related to amlodipine stopped last year; reassess at next visit. Rule out heart
        failure if it persists: echocardiogram then.
        Follow up in three months, sooner if new symptoms or any foot wound appear; call the clinic line.
        """;
}
