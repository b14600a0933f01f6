using CodeSearch.Indexing.Analysis;

namespace CodeSearch.Indexing.Tests.Analysis;

public class WordFormsTests
{
    [Theory]
    [InlineData("anaemia", "anemia")]
    [InlineData("leukaemia", "leukemia")]
    [InlineData("haemorrhage", "hemorrhage")]
    [InlineData("paediatric", "pediatric")]
    [InlineData("caesarean", "cesarean")]
    [InlineData("oesophagus", "esophagus")]
    [InlineData("oedema", "edema")]
    [InlineData("foetal", "fetal")]
    [InlineData("diarrhoea", "diarrhea")]
    [InlineData("coeliac", "celiac")]
    [InlineData("tumour", "tumor")]
    [InlineData("behaviour", "behavior")]
    [InlineData("localised", "localized")]
    [InlineData("hospitalisation", "hospitalization")]
    [InlineData("paralyse", "paralyze")]
    [InlineData("centre", "center")]
    [InlineData("fibre", "fiber")]
    [InlineData("goitre", "goiter")]
    [InlineData("sulphate", "sulfate")]
    [InlineData("grey", "gray")]
    public void American_BritishSpelling_AmericanForm(string british, string american)
    {
        Assert.Equal(american, SpellingVariants.American(british));
    }

    [Theory]
    [InlineData("toe")]
    [InlineData("shoes")]
    [InlineData("hour")]
    [InlineData("four")]
    [InlineData("anemia")]
    [InlineData("diabetes")]
    [InlineData("disease")]
    public void American_AmericanOrShortWord_Null(string word)
    {
        Assert.Null(SpellingVariants.American(word));
    }

    [Fact]
    public void American_PrefixBeingTyped_OnlyInnerRules()
    {
        Assert.Equal("hem", SpellingVariants.American("haem", prefix: true));
        Assert.Equal("esoph", SpellingVariants.American("oesoph", prefix: true));
        Assert.Null(SpellingVariants.American("tumour", prefix: true)); // "-our" may be the start of a longer word
    }

    [Fact]
    public void Of_NeoplasmNames_AlsoTheTitleWords()
    {
        Assert.Equal([["cancer"], ["malignant", "neoplasm"]], WordForms.Of("cancer"));
        Assert.Equal([["tumour"], ["tumor"], ["neoplasm"]], WordForms.Of("tumour"));
        Assert.Equal([["fracture"]], WordForms.Of("fracture"));
    }

    [Theory]
    [InlineData("the")]
    [InlineData("of")]
    [InlineData("and")]
    public void StopWords_FunctionWords_Contained(string word) => Assert.True(StopWords.Contains(word));

    [Theory]
    [InlineData("with")]
    [InlineData("without")]
    [InlineData("not")]
    [InlineData("no")]
    [InlineData("other")]
    public void StopWords_WordsThatDecideCodes_NotContained(string word) => Assert.False(StopWords.Contains(word));

    [Theory]
    [InlineData("lymphocytic", "lymphocyt")]
    [InlineData("depletion", "deplet")]
    [InlineData("complicated", "complic")]
    public void Root_DerivedWord_SharedRoot(string word, string root)
    {
        Assert.Equal(root, WordRoot.Of(word));
    }

    [Theory]
    [InlineData("femur")]
    [InlineData("pain")]
    [InlineData("diab")]
    public void Root_NoEndingOrTooShort_Null(string word)
    {
        Assert.Null(WordRoot.Of(word));
    }

    [Theory]
    [InlineData("sinusiti")]
    [InlineData("pancreatiti")]
    [InlineData("arthritis")]
    [InlineData("arthritide")]
    public void Root_InflammationWord_NoRoot(string word)
    {
        // Porter would strip "-itis" to the organ: "sinusitis" would match "sinus", "pancreatitis" "pancreatic".
        Assert.Null(WordRoot.Of(word));
    }

    [Fact]
    public void Inflammation_OfARoot_TheAnalysedItisWord()
    {
        Assert.Equal("pancreatiti", WordRoot.Inflammation(WordRoot.Of("pancreatic")!));
    }

    [Theory]
    [InlineData("renal", "kidney")]
    [InlineData("kidney", "renal")]
    [InlineData("hepatic", "liver")]
    [InlineData("penile", "peni")]
    [InlineData("testi", "testicular")]
    public void OrganWords_AdjectiveOrNoun_TheOtherForm(string stemmed, string other)
    {
        Assert.Equal(other, OrganWords.Of(stemmed));
    }

    [Theory]
    [InlineData("pelvic", "pelvis")]
    [InlineData("endometrial", "endometrium")]
    [InlineData("articular", "joint")]
    [InlineData("vagal", "vagus")]
    [InlineData("neonatal", "newborn")]
    [InlineData("valvular", "valve")]
    [InlineData("childhood", "juvenile")]
    public void OrganWords_AddedPairs_TheOtherForm(string word, string other)
    {
        Assert.Equal(Analysed(other), OrganWords.Of(Analysed(word)));
    }

    private static string Analysed(string word) => QueryTokens.Analyze(word)[0].Stemmed;

    [Theory]
    [InlineData("thrombotic", "thrombosis")]
    [InlineData("neuropathy", "neuropathic")]
    [InlineData("hamartomatous", "hamartoma")]
    [InlineData("cysts", "cystic")]
    [InlineData("choreatic", "chorea")]
    [InlineData("dilated", "dilation")]
    [InlineData("hypoplastic", "hypoplasia")]
    [InlineData("myoclonic", "myoclonus")]
    [InlineData("listeria", "listeriosis")]
    public void ConditionWords_SuffixFamilies_TheOtherForm(string word, string other)
    {
        Assert.Equal(Analysed(other), ConditionWords.Of(Analysed(word)));
    }

    [Fact]
    public void Of_Disorder_AlsoDiseaseAtALowerWeightButNotTheReverse()
    {
        Assert.Contains(WordForms.Of("disorder"), f => f.SequenceEqual(["disease"]));
        Assert.Equal(WordForms.OrganFormWeight, WordForms.Weight("disorder", ["disease"]));
        Assert.DoesNotContain(WordForms.Of("disease"), f => f.SequenceEqual(["disorder"]));
    }

    [Theory]
    [InlineData("cervical")]
    [InlineData("spinal")]
    [InlineData("arterial")]
    [InlineData("fracture")]
    public void OrganWords_AmbiguousOrNoOrganWord_None(string stemmed)
    {
        Assert.Null(OrganWords.Of(stemmed));
    }

    [Fact]
    public void Of_OrganAdjective_NounFormAtALowerWeight()
    {
        var forms = WordForms.Of("renal");

        Assert.Contains(forms, f => f.SequenceEqual(["kidney"]));
        Assert.Equal(WordForms.OrganFormWeight, WordForms.Weight("renal", ["kidney"]));
        Assert.Equal(1f, WordForms.Weight("renal", ["renal"]));
    }

    [Theory]
    [InlineData("disease")]
    [InlineData("disorder")]
    [InlineData("syndrome")]
    [InlineData("condition")]
    public void WeakWords_KindOfConditionWords_Contained(string word) => Assert.True(WeakWords.Contains(word));

    [Theory]
    [InlineData("migraine")]
    [InlineData("type")]
    [InlineData("with")]
    public void WeakWords_WordsThatNameTheCondition_NotContained(string word) => Assert.False(WeakWords.Contains(word));
}
