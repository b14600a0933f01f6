using CodeSearch.Indexing.Storage;
using Lucene.Net.Store;

namespace CodeSearch.Indexing.Tests.Storage;

/// <summary>Mapped inputs that do not register their clones, and still fail cleanly once closed.</summary>
public sealed class UntrackedMMapDirectoryTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"untracked-mmap-{Guid.NewGuid():N}");

    public UntrackedMMapDirectoryTests()
    {
        System.IO.Directory.CreateDirectory(_folder);
        using var directory = new UntrackedMMapDirectory(_folder);
        using var output = directory.CreateOutput("data.bin", IOContext.DEFAULT);
        for (var i = 0; i < 10_000; i++) output.WriteInt32(i);
    }

    [Fact]
    public void OpenInput_ThisLuceneVersion_CloneTableTurnedOff()
    {
        using var directory = new UntrackedMMapDirectory(_folder);
        using var input = directory.OpenInput("data.bin", IOContext.DEFAULT);
        using var plain = new MMapDirectory(_folder);
        using var tracked = plain.OpenInput("data.bin", IOContext.DEFAULT);

        Assert.True(UntrackedMMapDirectory.CanUntrack, "Lucene.Net no longer has ByteBufferIndexInput.clones: revisit UntrackedMMapDirectory");
        Assert.True(UntrackedMMapDirectory.TracksClones(tracked));
        Assert.False(UntrackedMMapDirectory.TracksClones(input));
    }

    [Fact]
    public void Clone_ReadsLikeTheOriginal()
    {
        using var directory = new UntrackedMMapDirectory(_folder);
        using var input = directory.OpenInput("data.bin", IOContext.DEFAULT);
        input.Seek(4 * 1234);
        var clone = (IndexInput)input.Clone();

        Assert.Equal(1234, clone.ReadInt32());
        clone.Seek(4 * 9999);
        Assert.Equal(9999, clone.ReadInt32());
        Assert.Equal(1234, input.ReadInt32());
    }

    [Fact]
    public void Clone_AfterTheFileIsClosed_ThrowsInsteadOfReadingUnmappedMemory()
    {
        using var directory = new UntrackedMMapDirectory(_folder);
        var input = directory.OpenInput("data.bin", IOContext.DEFAULT);
        var clone = (IndexInput)input.Clone();

        input.Dispose();

        Assert.ThrowsAny<ObjectDisposedException>(() => { clone.Seek(4 * 5000); return clone.ReadInt32(); });
    }

    public void Dispose() => System.IO.Directory.Delete(_folder, recursive: true);
}
