using CodeSearch.Core.Reference;
using CodeSearch.Indexing.Reference;

namespace CodeSearch.Indexing.Tests.Reference;

/// <summary>Index entries kept encoded in reference.bin's bytes and decoded when read.</summary>
public class EncodedEntriesTests
{
    private static readonly AlphabeticIndexEntry[] Entries =
    [
        new() { Index = AlphabeticIndexKind.Diseases, Path = ["Sjögren's syndrome"], Code = "M35.00", ReleaseId = "FY2026" },
        new()
        {
            Index = AlphabeticIndexKind.Diseases, Path = ["Sjögren's syndrome", "with keratoconjunctivitis — dry"], Modifiers = ["sicca", "naïve"],
            Code = "M35.01", ManifestationCode = "H19.3", Level = 1, ReleaseId = "FY2026",
        },
        new()
        {
            Index = AlphabeticIndexKind.Neoplasms, Path = ["Neoplasm", "liver"], Level = 1, ReleaseId = "FY2026",
            Cells = [new TableCell("Malignant Primary", "C22.9"), new TableCell("Benign", "--")],
        },
        new() { Index = AlphabeticIndexKind.Diseases, Path = ["Attack", "heart"], See = "Infarct, myocardium", SeeAlso = "Angina", Level = 1, ReleaseId = "FY2025" },
    ];

    private static ReferenceData Decoded() =>
        ReferenceBinary.Decode(ReferenceBinary.Encode(new ReferenceData { TargetReleaseId = "FY2026", Entries = Entries, SeeTargets = [-1, -1, -1, 0] }));

    [Fact]
    public void Decode_EveryField_AsWrittenIncludingNonAscii()
    {
        var read = Decoded();

        Assert.IsType<EncodedEntries>(read.Entries);
        Assert.Equal(Entries.Length, read.Entries.Count);
        for (var i = 0; i < Entries.Length; i++)
        {
            var (expected, actual) = (Entries[i], read.Entries[i]);
            Assert.Equal(expected.Index, actual.Index);
            Assert.Equal(expected.Path, actual.Path);
            Assert.Equal(expected.Modifiers, actual.Modifiers);
            Assert.Equal(expected.Code, actual.Code);
            Assert.Equal(expected.ManifestationCode, actual.ManifestationCode);
            Assert.Equal(expected.Cells, actual.Cells);
            Assert.Equal(expected.See, actual.See);
            Assert.Equal(expected.SeeAlso, actual.SeeAlso);
            Assert.Equal(expected.Level, actual.Level);
            Assert.Equal(expected.ReleaseId, actual.ReleaseId);
        }
        Assert.Equal([-1, -1, -1, 0], read.SeeTargets);
    }

    [Fact]
    public void Indexer_ReadTwice_SameInstance_EnumerationDecodesAfresh()
    {
        var read = Decoded();

        Assert.Same(read.Entries[1], read.Entries[1]);
        // Enumerating (the scans when a generation opens) does not keep what it decoded...
        Assert.NotSame(read.Entries.First(e => e.Level == 0), read.Entries.First(e => e.Level == 0));
        // ...but hands out an entry the indexer already decoded.
        Assert.Same(read.Entries[1], read.Entries.Skip(1).First());
        // Strings are decoded once and shared between entries.
        Assert.Same(read.Entries[0].Path[0], read.Entries[1].Path[0]);
    }

    [Fact]
    public void Indexer_PastMaxKeptEntries_ForgetsWhatItKeptAndDecodesAgain()
    {
        var many = Enumerable.Range(0, EncodedEntries.MaxKeptEntries + 1)
            .Select(i => new AlphabeticIndexEntry { Index = AlphabeticIndexKind.Diseases, Path = [$"Term {i}"], Code = "A00.0", ReleaseId = "FY2026" })
            .ToArray();
        var read = ReferenceBinary.Decode(ReferenceBinary.Encode(
            new ReferenceData { TargetReleaseId = "FY2026", Entries = many, SeeTargets = [.. Enumerable.Repeat(-1, many.Length)] }));

        var first = read.Entries[0];
        for (var i = 1; i < EncodedEntries.MaxKeptEntries; i++) _ = read.Entries[i];
        // Within the bound every entry read is kept...
        Assert.Same(first, read.Entries[0]);
        // ...one more and the kept entries are forgotten: the next read decodes afresh, with the same content.
        _ = read.Entries[EncodedEntries.MaxKeptEntries];
        var again = read.Entries[0];
        Assert.NotSame(first, again);
        Assert.Equal(first.Path, again.Path);
        Assert.Same(again, read.Entries[0]);
    }

    [Fact]
    public void Peek_DecodesWithoutKeeping_UnlessAlreadyKept()
    {
        var entries = (EncodedEntries)Decoded().Entries;

        Assert.NotSame(entries.Peek(3), entries.Peek(3));
        Assert.Equal("Infarct, myocardium", entries.Peek(3).See);
        var kept = entries[3];
        Assert.Same(kept, entries.Peek(3));
    }

    [Fact]
    public void Peek_StringsNotKept_UntilAnEntryThatNamesThemIsKept()
    {
        var entries = (EncodedEntries)Decoded().Entries;

        // A scan (Peek, enumeration) leaves no decoded strings behind...
        Assert.NotSame(entries.Peek(1).Path[1], entries.Peek(1).Path[1]);
        Assert.NotSame(entries.First().Path[0], entries.First().Path[0]);
        Assert.Equal("with keratoconjunctivitis — dry", entries.Peek(1).Path[1]);
        // ...but reads the instance an entry kept by the indexer holds.
        var kept = entries[0];
        Assert.Same(kept.Path[0], entries.Peek(1).Path[0]);
        Assert.Same(kept.ReleaseId, entries.Peek(2).ReleaseId);
    }

    [Fact]
    public void Indexer_FromManyThreads_OneInstancePerEntry()
    {
        var read = Decoded();

        var seen = new AlphabeticIndexEntry[8];
        Parallel.For(0, seen.Length, i => seen[i] = read.Entries[2]);

        Assert.All(seen, e => Assert.Same(seen[0], e));
        Assert.Throws<ArgumentOutOfRangeException>(() => read.Entries[Entries.Length]);
    }

    [Fact]
    public void Decode_EntryNamingAStringOutsideTheTable_FormatExceptionAtOnce()
    {
        var body = ReferenceBinary.Encode(new ReferenceData { TargetReleaseId = "FY2026", Entries = [Entries[0]], SeeTargets = [-1] });
        // The last bytes: ... Code, ManifestationCode, 0 cells, See, SeeAlso, 1 see target, target+1. Point SeeAlso
        // (0 = null) at string 120, which the small table does not hold.
        body[^3] = 120;

        Assert.Throws<FormatException>(() => ReferenceBinary.Decode(body));
    }
}
