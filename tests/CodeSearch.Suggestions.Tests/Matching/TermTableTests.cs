using CodeSearch.Core;
using CodeSearch.Suggestions.Learned;
using CodeSearch.Suggestions.Matching;
using static CodeSearch.Suggestions.Tests.Support.TestCodes;

namespace CodeSearch.Suggestions.Tests.Matching;

public class TermTableTests
{
    private static readonly MedicalCode[] Codes =
    [
        Icd("I10", "Essential (primary) hypertension"),
        Icd("R079", "Chest pain, unspecified"),
        Icd("K3580", "Unspecified acute appendicitis"),
    ];

    private static IEnumerable<string> Synonyms(MedicalCode code) => code.Code switch
    {
        "I10" => ["High blood pressure (arterial)", "Hypertensión esencial"],
        _ => [],
    };

    private static readonly TermDictionary Dict = Dictionary(Codes.Concat(Filler(60)), Synonyms,
        [new([Stemmer.Stem("substernal"), Stemmer.Stem("discomfort")], CodeSystemId.Icd10Cm, "R079", 7, 0.6f)]);

    [Fact]
    public void Terms_SynonymText_KeptAsGiven()
    {
        Assert.Equal(["High blood pressure (arterial)", "Hypertensión esencial"],
            TermsOf(Dict, "I10").Where(t => t.Source == TermSource.Synonym).Select(t => t.Text));
    }

    [Fact]
    public void Terms_DescriptionText_ReadFromTheCode() =>
        Assert.Equal("Essential (primary) hypertension", Assert.Single(TermsOf(Dict, "I10"), t => t.Source == TermSource.Description).Text);

    [Fact]
    public void Terms_OptionalStems_KeptPerTerm()
    {
        var description = Assert.Single(TermsOf(Dict, "I10"), t => t.Source == TermSource.Description);
        var synonym = Assert.Single(TermsOf(Dict, "I10"), t => t.Text.StartsWith("High", StringComparison.Ordinal));

        Assert.Equal([Dict.Vocabulary.Find(Stemmer.Stem("primary"))], description.Optional.ToArray());
        Assert.Equal([Dict.Vocabulary.Find(Stemmer.Stem("arterial"))], synonym.Optional.ToArray());
    }

    [Fact]
    public void Accessors_AgreeWithTheMadeTerm()
    {
        for (var t = 0; t < Dict.Terms.Count; t++)
        {
            var term = Dict.Terms[t];
            Assert.Equal(term.Source, Dict.SourceOf(t));
            Assert.Equal(term.CodePosition, Dict.CodePositionOf(t));
            Assert.Equal(term.Required.Length, Dict.RequiredCountOf(t));
            Assert.Equal((term.LearnedPrecision, term.LearnedSupport), Dict.LearnedOf(t));
            Assert.Equal(term.Weights.ToArray().Sum(), term.TotalWeight);
        }
        var learned = Assert.Single(Enumerable.Range(0, Dict.Terms.Count), t => Dict.SourceOf(t) == TermSource.Learned);
        Assert.Equal((0.6f, 7), Dict.LearnedOf(learned));
    }

    [Fact]
    public void SumOf_SumsAsEnumerableSumDoes()
    {
        var random = new Random(18);
        for (var i = 0; i < 200; i++)
        {
            var weights = Enumerable.Range(0, random.Next(1, 12)).Select(_ => (float)(random.NextDouble() * 9)).ToArray();
            Assert.Equal(weights.Sum(), Term.SumOf(weights));
        }
    }
}
