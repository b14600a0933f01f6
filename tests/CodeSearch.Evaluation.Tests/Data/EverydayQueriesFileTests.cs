using CodeSearch.Core;
using CodeSearch.Evaluation.Data;
using CodeSearch.Tests;

namespace CodeSearch.Evaluation.Tests.Data;

/// <summary>The shape of the committed everyday-query dev set (eval/everyday-queries-dev.jsonl); its scores are a full-data test.</summary>
public class EverydayQueriesFileTests
{
    private static readonly string[] Kinds = ["abbreviation", "lay", "misspelling", "eponym", "clinical", "procedure", "supply", "typeahead"];

    private static EvalDataset Dataset { get; } = DatasetReader.ReadFile(Path.Combine(TestPaths.RepoRoot, "eval", "everyday-queries-dev.jsonl"));

    [Fact]
    public void File_ReadsAsPhrasesWithAtLeast330RowsAndUniqueIds()
    {
        Assert.Equal(DatasetKind.Phrases, Dataset.Kind);
        Assert.True(Dataset.Documents.Count >= 330, $"{Dataset.Documents.Count} rows");
        Assert.Equal(Dataset.Documents.Count, Dataset.Documents.Select(d => d.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void File_EveryRowHasAKnownKindTextAndGold()
    {
        Assert.All(Dataset.Documents, d =>
        {
            Assert.Contains(d.Kind, Kinds);
            Assert.False(string.IsNullOrWhiteSpace(d.Text), d.Id);
            Assert.NotEmpty(d.Gold);
            Assert.StartsWith($"everyday:dev:{d.Kind}:", d.Id, StringComparison.Ordinal);
        });
        Assert.Equal(Kinds.Order(), Dataset.Documents.Select(d => d.Kind!).Distinct().Order());
    }

    [Fact]
    public void File_ProceduresSearchPcsSuppliesHcpcsTheRestMostlyCm()
    {
        Assert.All(Dataset.Documents.Where(d => d.Kind == "procedure"), d => Assert.Equal(CodeSystemId.Icd10Pcs, d.System));
        Assert.All(Dataset.Documents.Where(d => d.Kind == "supply"), d => Assert.Equal(CodeSystemId.Hcpcs, d.System));
        Assert.All(Dataset.Documents.Where(d => d.Kind is not ("procedure" or "supply" or "typeahead")),
            d => Assert.Equal(CodeSystemId.Icd10Cm, d.System));
        Assert.True(Dataset.Documents.Count(d => d.System == CodeSystemId.Icd10Cm) > Dataset.Documents.Count / 2);
    }

    [Fact]
    public void File_GoldIsWrittenAsTheSystemWritesIt()
    {
        // ICD-10-CM dotted after the third character, PCS and HCPCS without dots; each a valid code shape or prefix.
        Assert.All(Dataset.Documents.SelectMany(d => d.Gold.Select(g => (d.System, Gold: g))), x =>
        {
            Assert.Equal(x.Gold.Trim().ToUpperInvariant(), x.Gold);
            if (x.System == CodeSystemId.Icd10Cm && x.Gold.Length > 3) Assert.Equal('.', x.Gold[3]);
            if (x.System != CodeSystemId.Icd10Cm) Assert.DoesNotContain('.', x.Gold);
        });
    }
}
