using System.Diagnostics;
using CodeSearch.Importer.AlphabeticIndex;
using Xunit.Abstractions;

namespace CodeSearch.Importer.Tests.AlphabeticIndex;

/// <summary>The official index XML from the mirror, checked against PROVENANCE.md §4-5.</summary>
[Trait("Category", "FullData")]
public class FullDataAlphabeticIndexTests(FullDataAlphabeticIndexes data, ITestOutputHelper output) : IClassFixture<FullDataAlphabeticIndexes>
{
    [Fact]
    public void Read_AllIndexes_FastEnough()
    {
        foreach (var (file, time) in data.Times) output.WriteLine($"{file}: {time.TotalMilliseconds:N0} ms");

        // A guard against pathological (quadratic) parsing, not a benchmark: about 1 s each on a quiet machine, 6 s
        // seen while every test project ran at once on 2 loaded cores.
        Assert.All(data.Times.Values, t => Assert.True(t < TimeSpan.FromSeconds(20), $"read took {t}"));
    }

    [Fact]
    public void Read_Fy2023Index_CountsMatchProvenance()
    {
        Assert.Equal(8_060, data.Diseases.Count(e => e.Level == 0));
        Assert.Equal(72_058, data.Diseases.Count(e => e.Level > 0));
        Assert.Equal(80_118, data.Diseases.Count);
        // 61,983 terms name a code, and 145 more point to a category or subcategory ("see category", "see subcategory"),
        // kept as a code that needs more characters.
        Assert.Equal(62_128, data.Diseases.Count(e => e.Code is not null));
    }

    [Fact]
    public void Read_Fy2023Index_AbasiaModifiersAsPrinted()
    {
        var abasia = data.Diseases.At("Abasia");

        Assert.Equal(["(-astasia) (hysterical)"], abasia.Modifiers);
        Assert.Equal("F44.4", abasia.Code);
    }

    [Fact]
    public void Read_DrugTable_AcetaminophenAccidentalPoisoning()
    {
        Assert.Equal(5_179, data.Drugs.Count(e => e.Level == 0));
        Assert.Equal("T39.1X1", data.Drugs.At("Acetaminophen").Cell("Poisoning Accidental (unintentional)"));
    }

    [Fact]
    public void Read_NeoplasmTable_LiverSecondaryIsC787()
    {
        Assert.Single(data.Neoplasms, e => e.Level == 0);
        Assert.Equal("C78.7", data.Neoplasms.At("Neoplasm, neoplastic", "liver").Cell("Malignant Secondary"));
    }

    [Fact]
    public void Read_ExternalCauseIndex_MainTermCount()
    {
        Assert.Equal(314, data.ExternalCauses.Count(e => e.Level == 0));
    }

    [Fact]
    public void Resolve_AttackHeart_FindsMyocardialInfarctionI219()
    {
        var resolver = new SeeReferenceResolver(data.Diseases);
        var see = data.Diseases.At("Attack, attacks", "heart").See!;

        var target = resolver.Resolve(see);

        Assert.Equal("I21.9", target?.Code);
        Assert.Equal(["Infarct, infarction", "myocardium, myocardial"], target?.Path);
    }

    [Fact]
    public void Resolve_SpecificSeesWithinEachIndex_MostlyResolve()
    {
        foreach (var (name, entries) in new[] { ("diseases", data.Diseases), ("drugs", data.Drugs), ("neoplasms", data.Neoplasms), ("external", data.ExternalCauses) })
        {
            var watch = Stopwatch.StartNew();
            var resolver = new SeeReferenceResolver(entries);
            var sees = entries.Where(e => e.See is not null).Select(e => e.See!).ToList();
            var resolved = sees.Count(s => resolver.Resolve(s) is not null);
            // "Neoplasm, ..." and "Table of Drugs ..." point into other files; "..., by site" is an instruction, not a term.
            var specific = sees.Where(s => !s.StartsWith("Neoplasm", StringComparison.Ordinal) && !s.StartsWith("Table of", StringComparison.Ordinal)
                                           && !s.Contains(", by ", StringComparison.Ordinal)).ToList();
            var specificResolved = specific.Count(s => resolver.Resolve(s) is not null);
            output.WriteLine($"{name}: {resolved:N0} of {sees.Count:N0} see references resolved ({specificResolved:N0} of {specific.Count:N0} specific ones) in {watch.ElapsedMilliseconds:N0} ms");
            if (name == "diseases") Assert.True(specificResolved > specific.Count * 0.85, $"{specificResolved} of {specific.Count}");
        }
    }
}
