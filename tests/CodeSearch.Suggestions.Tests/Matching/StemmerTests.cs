using CodeSearch.Suggestions.Matching;

namespace CodeSearch.Suggestions.Tests.Matching;

public class StemmerTests
{
    [Theory]
    [InlineData("fractures", "fracture")]
    [InlineData("fractured", "fracture")]
    [InlineData("infections", "infection")]
    [InlineData("ulcers", "ulcer")]
    [InlineData("hypertensive", "hypertension")]
    [InlineData("kidneys", "kidney")]
    public void Stem_Inflections_SameStem(string a, string b) => Assert.Equal(Stemmer.Stem(b), Stemmer.Stem(a));

    [Theory]
    [InlineData("oedema", "edema")]
    [InlineData("haemorrhage", "hemorrhage")]
    [InlineData("anaemia", "anemia")]
    [InlineData("tumour", "tumor")]
    [InlineData("diarrhoea", "diarrhea")]
    [InlineData("leukaemia", "leukemia")]
    [InlineData("hyperglycaemia", "hyperglycemia")]
    [InlineData("septicaemia", "septicemia")]
    [InlineData("haematuria", "hematuria")]
    public void Stem_BritishSpelling_SameAsAmerican(string british, string american) =>
        Assert.Equal(Stemmer.Stem(american), Stemmer.Stem(british));

    [Theory]
    [InlineData("renal", "kidney")]
    [InlineData("hepatic", "liver")]
    [InlineData("pulmonary", "lung")]
    [InlineData("cardiac", "heart")]
    [InlineData("neoplasm", "tumor")]
    [InlineData("neoplasms", "tumors")]
    [InlineData("malignancy", "malignant")]
    [InlineData("femoral", "femur")]
    [InlineData("cerebellar", "cerebellum")]
    [InlineData("splenic", "spleen")]
    [InlineData("vertebral", "vertebrae")]
    [InlineData("nauseous", "nausea")]
    [InlineData("diaphysis", "shaft")]
    public void Stem_AdjectiveAndNounVariants_SameStem(string a, string b) => Assert.Equal(Stemmer.Stem(b), Stemmer.Stem(a));

    [Theory]
    [InlineData("ii", "2")]
    [InlineData("iii", "3")]
    [InlineData("iv", "4")]
    public void Stem_RomanNumeral_Digit(string roman, string digit) => Assert.Equal(digit, Stemmer.Stem(roman));

    [Theory]
    [InlineData("t2dm")]
    [InlineData("2")]
    [InlineData("copd")]
    [InlineData("hiv")]
    public void Stem_ShortOrWithDigits_Unchanged(string word) => Assert.Equal(word, Stemmer.Stem(word));

    [Theory]
    [InlineData("sinus", "sinusitis")]
    [InlineData("pancreatic", "pancreatitis")]
    [InlineData("hepatic", "hepatitis")]
    [InlineData("appendix", "appendicitis")]
    public void Stem_Inflammation_NotTheOrgansStem(string organ, string itis) => Assert.NotEqual(Stemmer.Stem(organ), Stemmer.Stem(itis));

    [Fact]
    public void Stem_ItisWord_KeptWhole() => Assert.Equal("sinusitis", Stemmer.Stem("sinusitis"));

    [Fact]
    public void Stem_DifferentConditions_DifferentStems() => Assert.NotEqual(Stemmer.Stem("fracture"), Stemmer.Stem("fraction"));

    [Fact]
    public void Stem_ManyThreads_SameAnswers()
    {
        var words = new[] { "fractures", "infections", "oedema", "pneumonias", "hypertensive" };
        var expected = words.Select(Stemmer.Stem).ToArray();

        var results = new string[8][];
        Parallel.For(0, results.Length, i => results[i] = words.Select(Stemmer.Stem).ToArray());

        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
