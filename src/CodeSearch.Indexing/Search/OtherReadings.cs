using CodeSearch.Core;
using CodeSearch.Core.Search;
using CodeSearch.Core.Vocabulary;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// A query that is nothing but an ambiguous term of the clinical vocabulary (docs/search.md, "The other readings of an
/// ambiguous term") is searched in its first reading (2a); the first code of each of its other readings then takes a
/// place among the first results, from position <see cref="FirstPlace"/> on, so that one reading's children do not
/// fill the first five: `ms` lists multiple sclerosis codes and, third, I05.0 *Rheumatic mitral stenosis*; `mr`, kept
/// as written, lists what titles write "mr" and, third, I34.0 *mitral insufficiency*. Only in a search that covers
/// ICD-10-CM, and only for readings of diagnoses (abbreviations, lay words, eponyms, synonyms).
/// </summary>
internal static class OtherReadings
{
    /// <summary>Position (0-based) the first other reading's code takes; the next reading's the one after.</summary>
    public const int FirstPlace = 2;

    /// <summary>Most other readings given a place.</summary>
    public const int MaxReadings = 2;

    /// <summary>The other readings of <paramref name="text"/> when it is an ambiguous term alone, best first; empty otherwise.</summary>
    public static IReadOnlyList<string> Of(ClinicalVocabulary vocabulary, string text, string searched, SearchScope scope)
    {
        if (!scope.Releases.Any(r => r.System == CodeSystemId.Icd10Cm)) return [];
        if (vocabulary.Find(ClinicalVocabulary.Words(text)) is not { Readings.Count: > 1 } term) return [];
        if (term.Kind is TermKind.Procedure or TermKind.Product) return [];
        var used = searched.Trim();
        return term.Readings.Where(r => r != used && r != term.Term).Take(MaxReadings).ToList();
    }

    /// <summary>
    /// Puts the first code of each reading's results at <see cref="FirstPlace"/> onwards, unless listed before it (moving the
    /// codes after it down one, each position keeping its score); <paramref name="search"/> gives a reading's hits and documents.
    /// </summary>
    public static void Place(IReadOnlyList<string> readings, List<SearchHit> hits, List<int> docs,
        Func<string, IReadOnlyList<(SearchHit Hit, int Doc)>> search)
    {
        var place = FirstPlace;
        foreach (var reading in readings)
        {
            if (place > hits.Count) break;
            var first = search(reading).FirstOrDefault();
            if (first.Hit is null) continue;
            var at = hits.FindIndex(h => ReferenceEquals(h.Code, first.Hit.Code));
            if (at >= 0 && at < place) continue;
            if (at < 0)
            {
                hits.Add(first.Hit with { Score = hits.Count > 0 ? hits[^1].Score : first.Hit.Score, MatchedSynonym = null });
                docs.Add(first.Doc);
                at = hits.Count - 1;
            }
            HitMoves.MoveUp(hits, docs, at, place);
            place++;
        }
    }
}
