using CodeSearch.Core.Search;
using CodeSearch.Core;
using CodeSearch.Evaluation.Data;
using CodeSearch.Evaluation.Runs;

namespace CodeSearch.Evaluation.Tests.Runs;

public class EvalRequestsTests
{
    private static readonly EvalDocument Note = new("n", "Some note.", ["0TTB"], CodeSystemId.Icd10Pcs);

    [Fact]
    public void DefaultSuggest_ShippedDefaultsAndRowSystem()
    {
        var request = EvalRequests.DefaultSuggest(Note);

        Assert.Equal((0, null), (request.MaxResults, request.MinScore));
        Assert.Equal([CodeSystemId.Icd10Pcs], request.Systems);
    }

    [Fact]
    public void LongSuggest_TwoHundredResultsNoFloor()
    {
        var request = EvalRequests.LongSuggest(Note);

        Assert.Equal((200, 0.0), (request.MaxResults, request.MinScore));
    }

    [Theory]
    [InlineData("  Type 2\tDiabetes", "type 2 diabetes")]
    [InlineData("Asthma ", "asthma ")]
    [InlineData("ASTHMA", "asthma")]
    public void NormalizeQuery_AsTheServer(string input, string expected)
    {
        Assert.Equal(expected, QueryText.Normalize(input));
    }

    [Fact]
    public void Search_ServerDefaults()
    {
        var query = EvalRequests.Search(new EvalDocument("p", "Asthma", ["J45"], CodeSystemId.Icd10Cm))!;

        Assert.Equal(("asthma", 0, 20, false, null), (query.Text, query.Offset, query.Limit, query.BillableOnly, query.DateOfService));
        Assert.Equal([CodeSystemId.Icd10Cm], query.Systems);
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("x")]
    public void Search_TextTheServerRejects_Null(string text)
    {
        var document = new EvalDocument("p", text == "x" ? new string('x', 257) : text, ["J45"], CodeSystemId.Icd10Cm);

        Assert.Null(EvalRequests.Search(document));
    }
}
