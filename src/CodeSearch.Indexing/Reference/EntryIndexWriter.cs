using CodeSearch.Core.Reference;
using CodeSearch.Indexing.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace CodeSearch.Indexing.Reference;

/// <summary>Writes one document per index entry: its path words and nonessential modifiers, searchable in any order.</summary>
public static class EntryIndexWriter
{
    public static void Write(string generationDirectory, IReadOnlyList<AlphabeticIndexEntry> entries, CancellationToken cancellationToken)
    {
        using var directory = FSDirectory.Open(Path.Combine(generationDirectory, EntryIndexSchema.FolderName));
        var config = new IndexWriterConfig(LuceneSchema.Version, CodeSearchAnalyzers.Stemmed)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = LuceneSchema.Similarity,
            MergePolicy = new LogByteSizeMergePolicy(),
        };
        using var writer = new IndexWriter(directory, config);
        for (var i = 0; i < entries.Count; i++)
        {
            if ((i & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
            var entry = entries[i];
            writer.AddDocument(new Document
            {
                new NumericDocValuesField(EntryIndexSchema.Ordinal, i),
                new StringField(EntryIndexSchema.Kind, EntryIndexSchema.Key(entry.Index), Field.Store.NO),
                new TextField(EntryIndexSchema.Text, string.Join(' ', entry.Path.Concat(entry.Modifiers)), Field.Store.NO),
            });
        }
        writer.ForceMerge(1);
        writer.Commit();
    }
}
