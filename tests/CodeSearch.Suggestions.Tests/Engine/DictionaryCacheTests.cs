using CodeSearch.Core;
using CodeSearch.Suggestions.Engine;
using CodeSearch.Suggestions.Learned;
using CodeSearch.Suggestions.Tests.Support;
using static CodeSearch.Suggestions.Tests.Support.TestCodes;

namespace CodeSearch.Suggestions.Tests.Engine;

/// <summary>Dictionaries across a reload: the old and the new generation are both in use for a while.</summary>
public class DictionaryCacheTests
{
    private static FakeIndex Index(string generation) => new FakeIndex { Generation = generation }
        .WithRelease(CodeSystemId.Icd10Cm, Release, new DateOnly(2025, 10, 1), new DateOnly(2026, 9, 30))
        .WithCode(Icd("I10", "Essential (primary) hypertension"));

    [Fact]
    public void Get_OldAndNewGenerationUsedInTurn_EachBuiltOnce()
    {
        var cache = new DictionaryCache(SuggestionModel.Empty);
        var old = Index("gen-old");
        var fresh = Index("gen-new");

        var oldFirst = cache.Get(old, old.Releases[0]);
        var freshFirst = cache.Get(fresh, fresh.Releases[0]);

        Assert.Same(oldFirst, cache.Get(old, old.Releases[0]));
        Assert.Same(freshFirst, cache.Get(fresh, fresh.Releases[0]));
    }

    [Fact]
    public void Get_ThirdGeneration_OldestDroppedNewerKept()
    {
        var cache = new DictionaryCache(SuggestionModel.Empty);
        var (a, b, c) = (Index("gen-a"), Index("gen-b"), Index("gen-c"));
        var aFirst = cache.Get(a, a.Releases[0]);
        var bFirst = cache.Get(b, b.Releases[0]);

        cache.Get(c, c.Releases[0]);

        Assert.Same(bFirst, cache.Get(b, b.Releases[0]));
        Assert.NotSame(aFirst, cache.Get(a, a.Releases[0]));
    }

    [Fact]
    public void Forget_ReleasedGeneration_NextGetBuildsAgain()
    {
        var cache = new DictionaryCache(SuggestionModel.Empty);
        var old = Index("gen-old");
        var first = cache.Get(old, old.Releases[0]);

        cache.Forget("gen-old");

        Assert.NotSame(first, cache.Get(old, old.Releases[0]));
    }
}
