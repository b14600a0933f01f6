using CodeSearch.Core;
using CodeSearch.Core.Search;
using CodeSearch.Core.Vocabulary;
using Lucene.Net.Index;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// A search in one code system reads the query in that system's words first (<see cref="SystemWordRewriter"/>:
/// "gallbladder removal" → resection gallbladder in ICD-10-PCS, "humira" → adalimumab in HCPCS), then words written
/// apart or together as the titles do not are joined or split (<see cref="JoinedWords"/>: "wheel chair", "bedpan"),
/// then the query is read as every query is (<see cref="QueryReader"/>), in HCPCS a dose is read as nothing
/// (<see cref="DrugDose"/>: "humira 40 mg" → adalimumab), and in ICD-10-PCS and HCPCS a complete word
/// no code of the system holds is read as nothing (<see cref="SystemHeldWords"/>: "lumbar fusion l4-l5" → fusion
/// lumbar vertebral joint). A search over several systems, or one with no such words, is read as written.
/// The response's understood-as text shows the reading.
/// </summary>
internal static class SystemReading
{
    /// <summary>Reads <paramref name="text"/> for a search in <paramref name="oneSystem"/> alone, or in a mixed scope (null).</summary>
    public static UnderstoodQuery Read(QueryReader queries, IndexReader reader, SystemHeldWords held, string text, CodeSystemId? oneSystem)
    {
        // A misspelled word of the system's own words ("nulasta") is respelled first, so that it is then read.
        var respelled = oneSystem is { } spelled
            ? SystemWordSpelling.Respell(SystemWords.Default, spelled, text, w => held.HoldsWord(spelled, w) || held.StartsWord(spelled, w))
            : text;
        var rewrite = oneSystem is { } system
            ? SystemWordRewriter.Rewrite(SystemWords.Default, ClinicalVocabulary.Default, system, respelled, w => held.HoldsWord(system, w))
            : new SystemRewrite(respelled, []);
        var joined = JoinedWords.Read(reader, ClinicalVocabulary.Default, rewrite.Text);
        var unchanged = ReferenceEquals(respelled, text) && rewrite.Written.Count == 0 && ReferenceEquals(joined, rewrite.Text);
        var read = queries.Read(unchanged ? text : joined, Admit(oneSystem));
        if (!unchanged) read = read with { UnderstoodAs = read.UnderstoodAs ?? joined.Trim() };
        if (oneSystem is not { } only) return read;
        var kept = held.Drop(only, WithoutDose(only, read.Text));
        if (ReferenceEquals(kept, read.Text)) return read;
        return new UnderstoodQuery(kept, kept.Trim(), held.Drop(only, WithoutDose(only, read.Completed)));
    }

    // A dose in HCPCS ("humira 40 mg"): the descriptions write the billing unit, not the dose typed, so the dose is read
    // as nothing once its words have served as context ("ns 500 ml": normal saline) and orders the results instead
    // (DoseOrder).
    private static string WithoutDose(CodeSystemId system, string text) =>
        system == CodeSystemId.Hcpcs && DrugDose.Without(text) is { } undosed ? undosed : text;

    // A procedure's name read in the words of the PCS tables means nothing to HCPCS descriptions, and a product's
    // generic name nothing to the PCS tables: "mastectomy bra" in HCPCS is the bra, not "resection breast bra".
    private static Func<VocabularyTerm, bool>? Admit(CodeSystemId? oneSystem) => oneSystem switch
    {
        CodeSystemId.Hcpcs => t => t.Kind != TermKind.Procedure,
        CodeSystemId.Icd10Pcs => t => t.Kind != TermKind.Product,
        _ => null,
    };

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
