using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using CodeSearch.Core;
using CodeSearch.Core.Reference;
using CodeSearch.Suggestions.Matching;
using CodeSearch.Suggestions.Ranking;

namespace CodeSearch.Suggestions.Guidelines;

/// <summary>
/// "Use additional code" and "code first" pairs of the Tabular List: a candidate named by such a note of another
/// counted candidate of the note ("Use additional code to identify control using: insulin (Z79.4)" under E11 names
/// Z79.4; "Code first underlying disease, such as ... (E11.-)" names the diabetes) is marked
/// <see cref="CandidateContext.NamedByNote"/>, which the ranker's <c>tabular_note_pair</c> feature reads: the note says
/// the two codes are reported together, so the note supports the other code. Own and inherited notes count
/// (<see cref="ReferenceLookup.NotesFor"/>); excluded candidates neither name nor are named.
/// </summary>
public sealed class TabularNotePairs
{
    private static readonly ConditionalWeakTable<TermDictionary, TabularNotePairs> Built = new();

    private readonly ReferenceLookup _reference;
    private readonly TermDictionary _dictionary;
    private readonly ConcurrentDictionary<int, CodeReference[]> _references = new();

    private TabularNotePairs(ReferenceLookup reference, TermDictionary dictionary)
    {
        _reference = reference;
        _dictionary = dictionary;
    }

    /// <summary>The pairs of <paramref name="reference"/> for <paramref name="dictionary"/>'s release; null without a
    /// Tabular List or outside ICD-10-CM.</summary>
    public static TabularNotePairs? For(ReferenceLookup reference, TermDictionary dictionary) =>
        dictionary.System != CodeSystemId.Icd10Cm || reference.Data.Tabular is null ? null
            : Built.GetValue(dictionary, d => new TabularNotePairs(reference, d));

    /// <summary>The codes the "use additional code" and "code first" notes applying to a code name.</summary>
    public IReadOnlyList<CodeReference> ReferencesOf(MedicalCode code) =>
        _dictionary.PositionOf(code.Code) is var at && at < 0 ? [] : _references.GetOrAdd(at, p =>
            _reference.NotesFor(_dictionary.Codes[p], Find)
                .Where(n => n.Note.Kind is NoteKind.UseAdditionalCode or NoteKind.CodeFirst)
                .SelectMany(n => n.Note.References).Distinct().ToArray());

    /// <summary>For each of <paramref name="candidates"/>, in order: true when it is counted and a note of another
    /// counted candidate names it.</summary>
    public bool[] Named(IReadOnlyList<CodeCandidate> candidates)
    {
        var named = new bool[candidates.Count];
        var counted = Enumerable.Range(0, candidates.Count).Where(i => !candidates[i].Excluded).ToList();
        if (counted.Count < 2) return named;
        foreach (var a in counted)
        {
            foreach (var reference in ReferencesOf(candidates[a].Code))
            {
                foreach (var b in counted)
                {
                    if (a != b && candidates[b].Code.Code != candidates[a].Code.Code && reference.Covers(candidates[b].Code.Code)) named[b] = true;
                }
            }
        }
        return named;
    }

    private MedicalCode? Find(string code) => _dictionary.PositionOf(code) is var at && at >= 0 ? _dictionary.Codes[at] : null;
}
