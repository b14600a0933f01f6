using CodeSearch.Indexing.Search;

namespace CodeSearch.Indexing.Tests.Search;

/// <summary>Which parts of an Alphabetic Index title name it (<see cref="AlphabeticDefault.AlternativesOf"/>).</summary>
public class AlphabeticDefaultTitleTests
{
    private static string[] Namers(string title) =>
        (AlphabeticDefault.AlternativesOf(title) ?? []).Select(words => string.Join(' ', words)).ToArray();

    [Fact]
    public void AlternativesOf_CommaInvertsAQualifier_OnlyTheHeadNames()
    {
        // "Tumor › syphilitic, brain" is a syphilitic tumor of the brain (A52.17): "brain" alone must not name it.
        var namers = Namers("syphilitic, brain");
        Assert.Single(namers);
        Assert.DoesNotContain(namers, n => n.Contains("brain", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Infection, infected, infective", 3)]
    [InlineData("Paralysis, paralytic", 2)]
    [InlineData("atrial or auricular", 2)]
    [InlineData("Fracture, traumatic", 1)]
    public void AlternativesOf_WordFormsAndOrAlternatives_EachName(string title, int expected) =>
        Assert.Equal(expected, Namers(title).Length);

    [Fact]
    public void AlternativesOf_TitleWithoutWords_NamesNothing() => Assert.Null(AlphabeticDefault.AlternativesOf("of the"));
}
