using CodeSearch.Suggestions.Data;

namespace CodeSearch.Suggestions.Tests.Data;

/// <summary>The model and word lists are embedded compressed and read back as the plain files.</summary>
public class EmbeddedDataTests
{
    private static readonly string[] Names = typeof(EmbeddedData).Assembly.GetManifestResourceNames();

    [Fact]
    public void Resources_EveryDataFile_EmbeddedGzipCompressed()
    {
        Assert.NotEmpty(Names);
        Assert.All(Names, n => Assert.EndsWith(".gz", n, StringComparison.Ordinal));
        Assert.All(Names, n => Assert.Contains(".Data.", n, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ranker.json", "{")]
    [InlineData("chronic-conditions.tsv", "")]
    public void Open_CompressedResource_ReadsThePlainText(string file, string start)
    {
        Assert.True(EmbeddedData.Exists(file));
        using var reader = EmbeddedData.Open(file);
        var text = reader.ReadToEnd();

        Assert.StartsWith(start, text.TrimStart(), StringComparison.Ordinal);
        Assert.True(text.Length > 1_000, $"{file} read {text.Length} characters");
        Assert.DoesNotContain('\0', text); // not the gzip bytes
        Assert.Contains('\n', text);
    }

    [Fact]
    public void Exists_FileThatIsNotEmbedded_False()
    {
        Assert.False(EmbeddedData.Exists("no-such-file.tsv"));
        Assert.Throws<DataFileException>(() => EmbeddedData.Open("no-such-file.tsv"));
    }
}
