using CodeSearch.Core.Vocabulary;

namespace CodeSearch.Core.Tests.Vocabulary;

public class VocabularyRewriterTests
{
    private static readonly ClinicalVocabulary Vocabulary = ClinicalVocabulary.Load(
        new StringReader("term\tmeans\tkind\tnotes\nhigh blood pressure\thypertension\tlay\t\nblood\tblood\tlay\t\nbroken\tfracture\tlay\t\nafib\tatrial fibrillation\tabbreviation\t\n"),
        new StringReader("abbreviation\texpansion\tcontext_required\tnotes\n"));

    [Fact]
    public void Rewrite_LongestTermFirst_ReplacedByItsReading()
    {
        var rewrite = VocabularyRewriter.Rewrite(Vocabulary, "high blood pressure in pregnancy ");

        Assert.Equal("hypertension in pregnancy ", rewrite.Text);
        Assert.Equal("high blood pressure", Assert.Single(rewrite.Matches).Written);
    }

    [Fact]
    public void Rewrite_LastWordReplaced_CountsAsComplete()
    {
        var rewrite = VocabularyRewriter.Rewrite(Vocabulary, "afib");

        Assert.Equal("atrial fibrillation ", rewrite.Text);
    }

    [Fact]
    public void Rewrite_LastWordNotATerm_StaysBeingTyped()
    {
        var rewrite = VocabularyRewriter.Rewrite(Vocabulary, "broken wri");

        Assert.Equal("fracture wri", rewrite.Text);
    }

    [Fact]
    public void Rewrite_PunctuationAroundTheWord_StillMatches()
    {
        var rewrite = VocabularyRewriter.Rewrite(Vocabulary, "afib, chronic");

        Assert.Equal("atrial fibrillation chronic", rewrite.Text);
    }

    [Fact]
    public void Rewrite_Refused_KeptAsWritten()
    {
        var rewrite = VocabularyRewriter.Rewrite(Vocabulary, "afib ", _ => false);

        Assert.Equal("afib ", rewrite.Text);
        Assert.Empty(rewrite.Matches);
    }

    [Fact]
    public void Rewrite_NoTerm_TextUnchanged()
    {
        var rewrite = VocabularyRewriter.Rewrite(Vocabulary, "chest pain");

        Assert.Equal("chest pain", rewrite.Text);
        Assert.Empty(rewrite.Matches);
    }
}
