using CodeSearch.Suggestions.Sections;
using CodeSearch.Suggestions.Tests.Text;

namespace CodeSearch.Suggestions.Tests.Sections;

public class SectionDetectorTests
{
    private const string Note =
        "Seen in clinic today.\n" +
        "Chief Complaint: chest pain\n" +
        "HPI: 58 yo M with HTN and T2DM, denies fever.\n" +
        "PMH:\n" +
        "- HTN\n" +
        "- CKD 3\n" +
        "Family History\n" +
        "Mother has breast cancer.\n" +
        "ROS: negative for dyspnea.\n" +
        "A&P:\n" +
        "1. Hypertension, controlled.\n";

    [Fact]
    public void Detect_TypicalNote_FindsHeadersInOrder()
    {
        var sections = SectionDetector.Detect(Note);

        Assert.Equal(
            [SectionKind.Unknown, SectionKind.ChiefComplaint, SectionKind.HistoryOfPresentIllness, SectionKind.PastMedicalHistory,
             SectionKind.FamilyHistory, SectionKind.ReviewOfSystems, SectionKind.AssessmentAndPlan],
            sections.Select(s => s.Kind));
        Assert.Equal(["", "Chief Complaint", "HPI", "PMH", "Family History", "ROS", "A&P"], sections.Select(s => s.Header.Of(Note)));
    }

    [Fact]
    public void Detect_TypicalNote_SpansTileTheTextFromStart()
    {
        var sections = SectionDetector.Detect(Note);

        Assert.Equal(0, sections[0].Span.Start);
        Assert.Equal(Note.Length, sections[^1].Span.End);
        for (var i = 1; i < sections.Count; i++)
        {
            Assert.Equal(sections[i - 1].Span.End, sections[i].Span.Start);
        }
    }

    [Fact]
    public void Detect_InlineHeader_BodyStartsAfterColon()
    {
        var hpi = SectionDetector.Detect(Note).Single(s => s.Kind == SectionKind.HistoryOfPresentIllness);

        Assert.Equal(" 58 yo M with HTN and T2DM, denies fever.\n", hpi.Body.Of(Note));
    }

    [Fact]
    public void Detect_HeaderAloneOnLine_BodyIsFollowingLines()
    {
        var family = SectionDetector.Detect(Note).Single(s => s.Kind == SectionKind.FamilyHistory);

        Assert.Equal("\nMother has breast cancer.\n", family.Body.Of(Note));
    }

    [Fact]
    public void Detect_InlineFamilyHistoryThenProse_FamilyHoldsItsLineOnly()
    {
        const string text = "Family history: an uncle with ALS.\nExamination revealed fasciculations.\nHe was admitted.";

        var sections = SectionDetector.Detect(text);

        Assert.Equal([SectionKind.FamilyHistory, SectionKind.Unknown], sections.Select(s => s.Kind));
        Assert.Equal(" an uncle with ALS.\n", sections[0].Body.Of(text));
        Assert.Equal("Examination revealed fasciculations.\nHe was admitted.", sections[1].Body.Of(text));
        Assert.Equal(text.Length, sections[1].Span.End);
    }

    [Fact]
    public void Detect_InlineFamilyHistoryThenListItems_ItemsStayFamily()
    {
        const string text = "FH: diabetes in both parents\n- sister: asthma\n- brother: gout\nShe smokes.\nROS: negative.";

        var sections = SectionDetector.Detect(text);

        Assert.Equal([SectionKind.FamilyHistory, SectionKind.Unknown, SectionKind.ReviewOfSystems], sections.Select(s => s.Kind));
        Assert.Equal(" diabetes in both parents\n- sister: asthma\n- brother: gout\n", sections[0].Body.Of(text));
        Assert.Equal("She smokes.\n", sections[1].Body.Of(text));
    }

    [Fact]
    public void Detect_FamilyHistoryHeaderAloneThenProse_RunsToNextHeader()
    {
        const string text = "Family History\nMother has breast cancer.\nFather had a stroke.\nROS: negative.";

        var family = SectionDetector.Detect(text).Single(s => s.Kind == SectionKind.FamilyHistory);

        Assert.Equal("\nMother has breast cancer.\nFather had a stroke.\n", family.Body.Of(text));
    }

    [Theory]
    [InlineData("Chief complaint: cough", SectionKind.ChiefComplaint)]
    [InlineData("CC: cough", SectionKind.ChiefComplaint)]
    [InlineData("History of Present Illness: cough", SectionKind.HistoryOfPresentIllness)]
    [InlineData("hpi:cough", SectionKind.HistoryOfPresentIllness)]
    [InlineData("Past Medical History: asthma", SectionKind.PastMedicalHistory)]
    [InlineData("Medical history: asthma", SectionKind.PastMedicalHistory)]
    [InlineData("PMH: asthma", SectionKind.PastMedicalHistory)]
    [InlineData("Past surgical history: appendectomy", SectionKind.PastSurgicalHistory)]
    [InlineData("PSH: appendectomy", SectionKind.PastSurgicalHistory)]
    [InlineData("FH: diabetes in father", SectionKind.FamilyHistory)]
    [InlineData("Social History: never smoker", SectionKind.SocialHistory)]
    [InlineData("SH: never smoker", SectionKind.SocialHistory)]
    [InlineData("Review of Systems: negative", SectionKind.ReviewOfSystems)]
    [InlineData("Physical Exam: lungs clear", SectionKind.PhysicalExam)]
    [InlineData("Examination: lungs clear", SectionKind.PhysicalExam)]
    [InlineData("PE: lungs clear", SectionKind.PhysicalExam)]
    [InlineData("ASSESSMENT: stable angina", SectionKind.Assessment)]
    [InlineData("Impression: stable angina", SectionKind.Assessment)]
    [InlineData("Plan: start aspirin", SectionKind.Plan)]
    [InlineData("Assessment and Plan: stable", SectionKind.AssessmentAndPlan)]
    [InlineData("A/P: stable", SectionKind.AssessmentAndPlan)]
    [InlineData("Diagnoses: I10", SectionKind.Diagnoses)]
    [InlineData("Diagnosis: I10", SectionKind.Diagnoses)]
    [InlineData("Discharge Diagnoses: I10", SectionKind.Diagnoses)]
    [InlineData("Problem List: HTN", SectionKind.Diagnoses)]
    [InlineData("Medications: lisinopril", SectionKind.Medications)]
    [InlineData("Allergies: NKDA", SectionKind.Allergies)]
    [InlineData("  Past   medical\thistory : asthma", SectionKind.PastMedicalHistory)]
    [InlineData("Assessment", SectionKind.Assessment)]
    [InlineData("PLAN   ", SectionKind.Plan)]
    public void Detect_KnownHeader_RecognisesKind(string line, SectionKind expected)
    {
        var sections = SectionDetector.Detect(line);

        Assert.Equal(expected, Assert.Single(sections).Kind);
    }

    [Theory]
    [InlineData("Plan to start metformin next week.")]
    [InlineData("PE ruled out by CT angiography.")]
    [InlineData("Planned follow-up: 2 weeks")]
    [InlineData("Patient denies chest pain. HPI: none")]
    [InlineData("Family history of colon cancer.")]
    public void Detect_HeaderWordInProse_StaysUnknown(string line)
    {
        var sections = SectionDetector.Detect(line);

        Assert.Equal(SectionKind.Unknown, Assert.Single(sections).Kind);
    }

    [Fact]
    public void Detect_LeadingWhitespaceOnly_NoUnknownSection()
    {
        var sections = SectionDetector.Detect("\n\n  Assessment: gout");

        Assert.Equal(SectionKind.Assessment, Assert.Single(sections).Kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t")]
    public void Detect_BlankText_NoSections(string text)
    {
        Assert.Empty(SectionDetector.Detect(text));
    }

    [Fact]
    public void Detect_CrLfLines_HeadersFound()
    {
        var sections = SectionDetector.Detect("CC: cough\r\nPlan:\r\nrest\r\n");

        Assert.Equal([SectionKind.ChiefComplaint, SectionKind.Plan], sections.Select(s => s.Kind));
        Assert.Equal("\r\nrest\r\n", sections[1].Body.Of("CC: cough\r\nPlan:\r\nrest\r\n"));
    }

    [Fact]
    public void Detect_RandomStrings_SectionsOrderedInRangeAndConsistent()
    {
        foreach (var text in RandomText.Strings(seed: 2024, count: 3000))
        {
            var previousEnd = 0;
            foreach (var section in SectionDetector.Detect(text))
            {
                Assert.True(section.Span.Start >= previousEnd);
                Assert.InRange(section.Span.End, section.Span.Start, text.Length);
                Assert.True(section.Span.Contains(section.Header));
                Assert.True(section.Span.Contains(section.Body));
                Assert.True(section.Header.End <= section.Body.Start);
                Assert.Equal(section.Span.End, section.Body.End);
                previousEnd = section.Span.End;
            }
        }
    }
}
