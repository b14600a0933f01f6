using CodeSearch.Core;
using CodeSearch.Core.Vocabulary;
using CodeSearch.Indexing.Search;

namespace CodeSearch.Indexing.Tests.Search;

/// <summary>A misspelled word of one code system's own words is respelled to it (docs/search.md, 3a).</summary>
public class SystemWordSpellingTests
{
    // No code of the system holds or starts any word of these queries.
    private static bool NothingHeld(string word) => false;

    [Theory]
    [InlineData("nulasta", "neulasta")] // a letter dropped
    [InlineData("ritoxan", "rituxan")] // a letter changed
    [InlineData("elyea", "eylea")] // neighbours swapped
    [InlineData("remicaid", "remicade")] // two edits, same sound
    [InlineData("unasin inj", "unasyn inj")] // among other words
    public void Respell_MisspelledDrugNameInHcpcs_RespelledToTheName(string query, string expected)
    {
        Assert.Equal(expected, SystemWordSpelling.Respell(SystemWords.Default, CodeSystemId.Hcpcs, query, NothingHeld));
    }

    [Fact]
    public void Respell_WordTheSystemHolds_Kept()
    {
        const string query = "nulasta";

        Assert.Same(query, SystemWordSpelling.Respell(SystemWords.Default, CodeSystemId.Hcpcs, query, _ => true));
    }

    [Fact]
    public void Respell_CombiningFormAndOperationSuffix_LeftToThatReading()
    {
        // One edit from the word row "meniscectomy", but read as menisc(o) + ectomy, which keeps "partial" beside it.
        const string query = "partial menisectomy";

        Assert.Same(query, SystemWordSpelling.Respell(SystemWords.Default, CodeSystemId.Icd10Pcs, query, NothingHeld));
    }

    [Theory]
    [InlineData("neulas")] // being typed: a term starts with it, the system words complete it
    [InlineData("ritx")] // shorter than five letters
    [InlineData("rexicaid")] // two edits that do not sound alike
    public void Respell_NotAMisspellingOfOneTerm_Kept(string query)
    {
        Assert.Same(query, SystemWordSpelling.Respell(SystemWords.Default, CodeSystemId.Hcpcs, query, NothingHeld));
    }
}
