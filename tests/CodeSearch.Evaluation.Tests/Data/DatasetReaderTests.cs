using CodeSearch.Core;
using CodeSearch.Evaluation.Data;

namespace CodeSearch.Evaluation.Tests.Data;

public class DatasetReaderTests
{
    private static EvalDataset Read(string jsonl, DatasetKind? kind = null) => DatasetReader.Read(new StringReader(jsonl), kind);

    [Fact]
    public void Read_NoteRows_NotesWithGoldAndSystem()
    {
        const string jsonl = """
            {"id": "codiesp:dev:A-1", "text": "Man with chest pain.", "gold": ["I20.9", "R07.9"], "system": "ICD-10-CM", "split": "dev"}
            {"id": "codiesp:dev:A-2", "text": "Knee replaced.", "gold": ["0SRC"], "system": "ICD-10-PCS"}
            """;

        var dataset = Read(jsonl);

        Assert.Equal(DatasetKind.Notes, dataset.Kind);
        Assert.Equal(2, dataset.Documents.Count);
        Assert.Equal(["I20.9", "R07.9"], dataset.Documents[0].Gold);
        Assert.Equal(CodeSystemId.Icd10Cm, dataset.Documents[0].System);
        Assert.Equal(CodeSystemId.Icd10Pcs, dataset.Documents[1].System);
        Assert.Null(dataset.Documents[0].Kind);
    }

    [Fact]
    public void Read_PhraseRowsWithKindAndCategoryFlag_Phrases()
    {
        const string jsonl = """
            {"id": "do_icd10cm:DOID:1:1", "text": "wheezy lungs", "gold": ["J45"], "system": "ICD-10-CM", "kind": "synonym", "gold_has_category_only": true}
            """;

        var document = Read(jsonl).Documents.Single();

        Assert.Equal(DatasetKind.Phrases, Read(jsonl).Kind);
        Assert.True(document.GoldHasCategoryOnly);
        Assert.Equal("synonym", document.Kind);
        Assert.Equal("wheezy lungs", document.Text);
    }

    [Fact]
    public void Read_KindOverride_WinsOverDetection()
    {
        const string jsonl = """{"id": "codiesp:x", "text": "short", "gold": [], "system": "ICD-10-CM"}""";

        Assert.Equal(DatasetKind.Phrases, Read(jsonl, DatasetKind.Phrases).Kind);
    }

    [Fact]
    public void Read_BlankLines_Skipped()
    {
        Assert.Single(Read("\n{\"id\": \"a\", \"text\": \"t\", \"gold\": [\"E11.9\"], \"system\": \"ICD-10-CM\"}\n\n").Documents);
    }

    [Fact]
    public void Read_UnknownSystem_FormatExceptionNamesLineNotText()
    {
        const string jsonl = """
            {"id": "a", "text": "ok", "gold": ["E11.9"], "system": "ICD-10-CM"}
            {"id": "b", "text": "secret words", "gold": ["E11.9"], "system": "ICD-9-CM"}
            """;

        var ex = Assert.Throws<FormatException>(() => Read(jsonl));

        Assert.Contains("line 2", ex.Message);
        Assert.DoesNotContain("secret", ex.Message);
    }

    [Theory]
    [InlineData("""{"id": "a", "text": "t", "system": "ICD-10-CM"}""")]
    [InlineData("""{"id": "a", "text": "t", "gold": ["E11.9"]""")]
    public void Read_MissingFieldOrBadJson_FormatException(string line)
    {
        Assert.Throws<FormatException>(() => Read(line));
    }

    [Fact]
    public void Detect_UnknownIdsLongTexts_Notes()
    {
        var note = new EvalDocument("n1", new string('x', DatasetKindDetector.NoteLengthThreshold), ["E11.9"], CodeSystemId.Icd10Cm);
        var phrase = new EvalDocument("p1", "asthma", ["J45"], CodeSystemId.Icd10Cm);

        Assert.Equal(DatasetKind.Notes, DatasetKindDetector.Detect([note]));
        Assert.Equal(DatasetKind.Phrases, DatasetKindDetector.Detect([phrase]));
    }

    [Fact]
    public void Take_Limit_FirstRowsOnly()
    {
        var dataset = new EvalDataset(DatasetKind.Phrases,
            [new("a", "x", ["J45"], CodeSystemId.Icd10Cm), new("b", "y", ["J45"], CodeSystemId.Icd10Cm)]);

        Assert.Equal(["a"], dataset.Take(1).Documents.Select(d => d.Id));
        Assert.Equal(2, dataset.Take(null).Documents.Count);
        Assert.Equal(2, dataset.Take(0).Documents.Count);
    }
}
