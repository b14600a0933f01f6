using CodeSearch.Indexing.Storage;
using CodeSearch.Indexing.Tests.Support;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace CodeSearch.Indexing.Tests.Storage;

/// <summary>The checksums of an index folder's Lucene files, read through the file, never through a memory map.</summary>
public sealed partial class LuceneIntegrityTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"lucene-integrity-{Guid.NewGuid():N}");

    public LuceneIntegrityTests()
    {
        System.IO.Directory.CreateDirectory(_folder);
        using var directory = FSDirectory.Open(_folder);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneSchema.Version, new WhitespaceAnalyzer(LuceneSchema.Version)) { UseCompoundFile = false }); // the files apart, as the index build writes them
        for (var i = 0; i < 100_000; i++)
        {
            writer.AddDocument([new TextField("text", $"word{i % 97} word{i % 13} a{i % 1009} b{i % 7} common", Field.Store.YES)]);
        }
        writer.Commit();
    }

    [Fact]
    public void Check_IntactFolder_Passes()
    {
        LuceneIntegrity.Check(_folder);
    }

    [Fact]
    public void Check_FlippedByteOfPostings_Throws()
    {
        FileDamage.FlipMiddleByte(System.IO.Directory.GetFiles(_folder, "*.doc").Single());

        Assert.ThrowsAny<IOException>(() => LuceneIntegrity.Check(_folder));
    }

    [Fact]
    public void Check_TruncatedPostings_Throws()
    {
        var postings = System.IO.Directory.GetFiles(_folder, "*.doc").Single();
        FileDamage.Truncate(postings, new FileInfo(postings).Length - 1);

        Assert.ThrowsAny<Exception>(() => LuceneIntegrity.Check(_folder));
    }

    [Fact]
    public void Check_BesideAMappedReader_LeavesItsPostingsPagesUntouched()
    {
        using var mapped = new UntrackedMMapDirectory(_folder);
        using var reader = DirectoryReader.Open(mapped);
        var postings = System.IO.Directory.GetFiles(_folder, "*.doc").Single();
        var kilobytes = new FileInfo(postings).Length / 1024;
        Assert.True(kilobytes > 256, $"the fixture's postings ({kilobytes} kB) should span many more pages than one fault maps");

        LuceneIntegrity.Check(_folder);

        if (!OperatingSystem.IsLinux()) return; // resident pages per mapping are read from /proc on Linux only
        // Opening read the header (the kernel maps up to 64 kB around a fault); a check through this map (Lucene's
        // CheckIntegrity on the reader) reads it all.
        Assert.True(ResidentKilobytes(postings) < kilobytes / 4, $"{ResidentKilobytes(postings)} of {kilobytes} kB of the postings map resident");
        foreach (var leaf in reader.Leaves) leaf.AtomicReader.CheckIntegrity();
        Assert.True(ResidentKilobytes(postings) >= kilobytes, "the probe sees the pages the map touched");
    }

    // Resident kilobytes of this process's mappings of a file (/proc/self/smaps: a header line per mapping, then fields).
    private static long ResidentKilobytes(string path)
    {
        var (inFile, total) = (false, 0L);
        foreach (var line in File.ReadLines("/proc/self/smaps"))
        {
            if (MappingHeader().IsMatch(line))
            {
                inFile = line.EndsWith(" " + path, StringComparison.Ordinal);
            }
            else if (inFile && line.StartsWith("Rss:", StringComparison.Ordinal))
            {
                total += long.Parse(line.AsSpan(4).Trim().TrimEnd("kB").Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        return total;
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[0-9a-f]+-[0-9a-f]+ ")]
    private static partial System.Text.RegularExpressions.Regex MappingHeader();

    public void Dispose() => System.IO.Directory.Delete(_folder, recursive: true);
}
