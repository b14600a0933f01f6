using CodeSearch.Core;
using CodeSearch.Core.Search;
using CodeSearch.Core.Vocabulary;
using Lucene.Net.Index;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// A search in one code system reads the query in that system's words first (<see cref="SystemWordRewriter"/>:
/// "gallbladder removal" → resection gallbladder in ICD-10-PCS, "humira" → adalimumab in HCPCS), then words written
/// apart or together as the titles do not are joined or split (<see cref="JoinedWords"/>: "wheel chair", "bedpan"),
/// then the query is read as every query is (<see cref="QueryReader"/>). A search over several systems, or one with no such words, is read as written.
/// The response's understood-as text shows the reading.
/// </summary>
internal static class SystemReading
{
    /// <summary>Reads <paramref name="text"/> for a search in <paramref name="oneSystem"/> alone, or in a mixed scope (null).</summary>
    public static UnderstoodQuery Read(QueryReader queries, IndexReader reader, string text, CodeSystemId? oneSystem)
    {
        var rewrite = oneSystem is { } system
            ? SystemWordRewriter.Rewrite(SystemWords.Default, ClinicalVocabulary.Default, system, text)
            : new SystemRewrite(text, []);
        var joined = JoinedWords.Read(reader, ClinicalVocabulary.Default, rewrite.Text);
        if (rewrite.Written.Count == 0 && ReferenceEquals(joined, rewrite.Text)) return queries.Read(text);
        var read = queries.Read(joined);
        return read with { UnderstoodAs = read.UnderstoodAs ?? joined.Trim() };
    }

    /// <summary>The code system every release of the scope belongs to, or null for a mixed scope.</summary>
    public static CodeSystemId? OneSystem(SearchScope scope)
    {
        if (scope.Releases.Count == 0) return null;
        var system = scope.Releases[0].System;
        for (var r = 1; r < scope.Releases.Count; r++)
        {
            if (scope.Releases[r].System != system) return null;
        }
        return system;
    }
}
