using CodeSearch.Indexing.Search;

namespace CodeSearch.Indexing.Tests.Search;

/// <summary>The phonetic key of a word: spellings heard alike share it (docs/search.md, "Misspellings").</summary>
public class PhoneticKeyTests
{
    [Theory]
    [InlineData("sirosis", "cirrhosis")] // c before i sounds s; rrh one r
    [InlineData("emfasema", "emphysema")] // ph sounds f; y a vowel
    [InlineData("numonia", "pneumonia")] // silent first p
    [InlineData("infecshun", "infection")] // "tion" and "shun" both the sh sound
    [InlineData("exema", "eczema")] // x and cz both ks
    [InlineData("limfoma", "lymphoma")]
    [InlineData("concusion", "concussion")] // "ssi" one sound
    [InlineData("hemmoroids", "hemorrhoids")] // doubled letters written once
    [InlineData("farinjitis", "pharyngitis")] // g before i sounds j
    [InlineData("fracher", "fracture")] // "ture" sounds "cher"
    public void Of_SpellingsHeardAlike_SameKey(string typed, string meant)
    {
        Assert.Equal(PhoneticKey.Of(meant), PhoneticKey.Of(typed));
    }

    [Theory]
    [InlineData("exema", "edema")]
    [InlineData("concusion", "contusion")]
    [InlineData("artial", "partial")]
    [InlineData("shingells", "shigella")] // g before e is left hard: "shingells" is shingles
    [InlineData("fracher", "father")]
    public void Of_OtherSounds_OtherKeys(string typed, string other)
    {
        Assert.NotEqual(PhoneticKey.Of(other), PhoneticKey.Of(typed));
    }
}
