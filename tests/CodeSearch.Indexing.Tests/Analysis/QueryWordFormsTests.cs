using CodeSearch.Indexing.Analysis;

namespace CodeSearch.Indexing.Tests.Analysis;

/// <summary>Plurals the index's plural filter keeps, and verb forms (docs/search.md, "Plurals and inflections").</summary>
public class QueryWordFormsTests
{
    [Theory]
    [InlineData("toes", "toe")] // the filter keeps "-oes"
    [InlineData("knees", "knee")] // and "-ees"
    [InlineData("calluses", "callus")] // the filter makes "calluse"
    [InlineData("rashes", "rash")]
    [InlineData("abscesses", "abscess")]
    [InlineData("feet", "foot")] // irregular
    [InlineData("teeth", "tooth")]
    [InlineData("vertebrae", "vertebra")]
    [InlineData("ovaries", "ovary")]
    public void Singulars_Plural_SingularFirst(string plural, string singular)
    {
        Assert.Equal(singular, QueryWordForms.Singulars(plural)[0]);
    }

    [Theory]
    [InlineData("sinus")]
    [InlineData("abscess")]
    [InlineData("arthritis")]
    [InlineData("men")] // also the acronym MEN (multiple endocrine neoplasia)
    public void Singulars_NotAPlural_None(string word)
    {
        Assert.Empty(QueryWordForms.Singulars(word));
    }

    [Fact]
    public void Inflections_PastTense_BaseAndPresentParticiple()
    {
        Assert.Contains("coughing", QueryWordForms.Inflections("coughed"));
        Assert.Contains("cough", QueryWordForms.Inflections("coughed"));
        Assert.Contains("vomiting", QueryWordForms.Inflections("vomited"));
        Assert.Contains("remove", QueryWordForms.Inflections("removed")); // the e dropped before the ending
    }

    [Fact]
    public void Inflections_ShortOrOtherWord_None()
    {
        Assert.Empty(QueryWordForms.Inflections("sling")); // too short to be a verb form here
        Assert.Empty(QueryWordForms.Inflections("asthma"));
    }

    [Theory]
    [InlineData("congested", "congestion")]
    [InlineData("dehydrated", "dehydration")]
    [InlineData("enlarged", "enlargement")]
    [InlineData("anxious", "anxiety")]
    [InlineData("nauseous", "nausea")]
    [InlineData("septic", "sepsis")]
    [InlineData("psychotic", "psychosis")]
    [InlineData("hypoxic", "hypoxia")]
    [InlineData("dizzy", "dizziness")]
    [InlineData("wheezy", "wheezing")]
    [InlineData("numb", "numbness")]
    public void Nouns_AdjectiveOrParticiple_TheConditionNounAmongTheForms(string word, string noun)
    {
        Assert.Contains(noun, QueryWordForms.Nouns(word));
    }

    [Theory]
    [InlineData("stutters", "stuttering")]
    [InlineData("snores", "snoring")]
    [InlineData("sneezes", "sneezing")]
    [InlineData("itches", "itching")]
    [InlineData("vomits", "vomiting")]
    public void Gerund_VerbAsAPatientSaysIt_TheIngForm(string word, string gerund)
    {
        Assert.Equal(gerund, QueryWordForms.Gerund(word));
    }

    [Theory]
    [InlineData("abscess")]
    [InlineData("sinus")]
    [InlineData("arthritis")]
    [InlineData("legs")]
    [InlineData("feels")]
    [InlineData("Snores")]
    public void Gerund_NounEndingInSOrShortOrNotLowerCase_None(string word)
    {
        Assert.Null(QueryWordForms.Gerund(word));
    }

    [Theory]
    [InlineData("ear")]
    [InlineData("Dizzy")]
    [InlineData("x-ray")]
    public void Nouns_ShortOrNotLowerCaseLetters_None(string word)
    {
        Assert.Empty(QueryWordForms.Nouns(word));
    }

    [Theory]
    [InlineData("bit", "bite")]
    [InlineData("broke", "broken")]
    [InlineData("threw", "throwing")]
    [InlineData("fell", "fall")]
    public void Inflections_IrregularPast_TheVerbsOtherForms(string word, string form)
    {
        Assert.True(QueryWordForms.IsIrregularVerb(word));
        Assert.Contains(form, QueryWordForms.Inflections(word));
    }
}
