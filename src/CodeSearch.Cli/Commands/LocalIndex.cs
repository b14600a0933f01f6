using CodeSearch.Core.Catalog;
using CodeSearch.Indexing.Generations;
using CodeSearch.Indexing.Search;

namespace CodeSearch.Cli.Commands;

/// <summary>Opens the current generation of an index folder for in-process commands.</summary>
internal sealed class LocalIndex(LuceneCodeIndex index) : IIndexProvider, IDisposable
{
    public ICodeIndex Current => index;
    public bool IsReady => true;

    public static LocalIndex Open(string indexDirectory)
    {
        var current = new IndexGenerationStore(indexDirectory).CurrentDirectory()
                      ?? throw new InvalidOperationException($"No index in {Path.GetFullPath(indexDirectory)}: run 'codesearch index' first.");
        return new LocalIndex(LuceneCodeIndex.Open(current));
    }

    public void Dispose() => index.Dispose();
}
