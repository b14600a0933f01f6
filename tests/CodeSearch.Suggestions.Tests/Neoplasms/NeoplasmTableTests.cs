using System.Collections;
using CodeSearch.Core.Reference;
using CodeSearch.Suggestions.Neoplasms;

namespace CodeSearch.Suggestions.Tests.Neoplasms;

/// <summary>Compiling the Neoplasm Table over an entry list that decodes entries on read.</summary>
public class NeoplasmTableTests
{
    [Fact]
    public void Build_OverEntriesDecodedOnRead_PeeksEveryEntry_KeepsNone()
    {
        var entries = new CountingEntries(NeoplasmFinderTests.Reference.Entries);
        var reference = NeoplasmFinderTests.Reference with { Entries = entries };

        var table = NeoplasmTable.Build(reference, NeoplasmFinderTests.Dictionary);

        // The scan reads every entry once, through Peek: the indexer (which keeps what it decodes for the
        // generation's lifetime) is never asked, so the scan leaves no decoded entries behind.
        Assert.Equal(0, entries.IndexerReads);
        Assert.Equal(entries.Count, entries.Peeks);
        Assert.Equal(NeoplasmFinderTests.Table.Sites.Select(s => s.Title), table.Sites.Select(s => s.Title));
    }

    private sealed class CountingEntries(IReadOnlyList<AlphabeticIndexEntry> inner) : IReadOnlyList<AlphabeticIndexEntry>, IEncodedEntries
    {
        public int IndexerReads { get; private set; }
        public int Peeks { get; private set; }

        public int Count => inner.Count;

        public AlphabeticIndexEntry this[int index]
        {
            get
            {
                IndexerReads++;
                return inner[index];
            }
        }

        public AlphabeticIndexEntry Peek(int index)
        {
            Peeks++;
            return inner[index];
        }

        public IEnumerator<AlphabeticIndexEntry> GetEnumerator() => inner.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
