using CodeSearch.Core;
using CodeSearch.Core.Search;
using CodeSearch.Core.Vocabulary;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// A search in one code system reads the query in that system's words first (<see cref="SystemWordRewriter"/>:
/// "gallbladder removal" → resection gallbladder in ICD-10-PCS, "humira" → adalimumab in HCPCS), then as every query
/// is read (<see cref="QueryReader"/>). A search over several systems, or one with no such words, is read as written.
/// The response's understood-as text shows the reading.
/// </summary>
internal static class SystemReading
{
    public static UnderstoodQuery Read(QueryReader queries, string text, SearchScope scope)
    {
        if (OneSystem(scope) is not { } system) return queries.Read(text);
        var rewrite = SystemWordRewriter.Rewrite(SystemWords.Default, ClinicalVocabulary.Default, system, text);
        if (rewrite.Written.Count == 0) return queries.Read(text);
        var read = queries.Read(rewrite.Text);
        return read with { UnderstoodAs = read.UnderstoodAs ?? rewrite.Text.Trim() };
    }

    // The code system every release of the scope belongs to, or null for a mixed scope.
    private static CodeSystemId? OneSystem(SearchScope scope)
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
