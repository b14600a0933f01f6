using CodeSearch.Core;

namespace CodeSearch.Suggestions.Ranking;

/// <summary>
/// The coded train notes as compact tf-idf vectors (Data/note-neighbours.tsv: each note's <see cref="StemsPerNote"/>
/// heaviest stems and its gold codes, no text). <see cref="Vote"/> finds a note's <see cref="K"/> most similar train
/// notes of the same code system and gives each of their codes the similarity-weighted share of them coded with it:
/// codes coders assign to notes like this one, also when none of the code's wordings is in the text.
/// </summary>
public sealed class NoteNeighbours
{
    /// <summary>Neighbours voting.</summary>
    public const int K = 10;

    /// <summary>Stems kept per train note.</summary>
    public const int StemsPerNote = 40;

    private readonly Dictionary<(CodeSystemId System, string Stem), List<(int Note, float Weight)>> _postings = new();

    /// <param name="notes">The train notes: system, unit tf-idf vector (stem → weight) and distinct gold codes.</param>
    public NoteNeighbours(IReadOnlyList<NeighbourNote> notes)
    {
        Notes = notes;
        for (var i = 0; i < notes.Count; i++)
        {
            foreach (var (stem, w) in notes[i].Vector)
            {
                var key = (notes[i].System, stem);
                if (!_postings.TryGetValue(key, out var list)) _postings[key] = list = [];
                list.Add((i, w));
            }
        }
        // Held for the model's lifetime: exact-size lists and table (same order; docs/operations.md#memory).
        foreach (var list in _postings.Values) list.TrimExcess();
        _postings.TrimExcess();
    }

    /// <summary>No train notes: every vote is empty.</summary>
    public static NoteNeighbours Empty { get; } = new([]);

    /// <summary>The train notes, for writing the file.</summary>
    public IReadOnlyList<NeighbourNote> Notes { get; }

    /// <summary>Per code: the similarity-weighted share of the <see cref="K"/> nearest train notes coded with it.</summary>
    /// <param name="system">Only train notes of this system vote.</param>
    /// <param name="note">The note's unit tf-idf vector (<see cref="CodeTopics.NoteVector"/>).</param>
    public Dictionary<string, double> Vote(CodeSystemId system, IReadOnlyDictionary<string, float> note)
    {
        var votes = new Dictionary<string, double>(StringComparer.Ordinal);
        if (Notes.Count == 0 || note.Count == 0) return votes;
        var similarity = new Dictionary<int, double>();
        foreach (var (stem, x) in note)
        {
            if (!_postings.TryGetValue((system, stem), out var list)) continue;
            foreach (var (n, w) in list) similarity[n] = similarity.GetValueOrDefault(n) + x * w;
        }
        var nearest = similarity.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(K).ToList();
        var total = nearest.Sum(p => p.Value);
        if (total <= 0) return votes;
        foreach (var (n, s) in nearest)
        {
            foreach (var code in Notes[n].Codes) votes[code] = votes.GetValueOrDefault(code) + s / total;
        }
        return votes;
    }
}

/// <summary>One train note as <see cref="NoteNeighbours"/> keeps it.</summary>
/// <param name="System">The system its codes are in.</param>
/// <param name="Vector">Its heaviest stems, unit length.</param>
/// <param name="Codes">Its distinct gold codes (undotted).</param>
public sealed record NeighbourNote(CodeSystemId System, IReadOnlyDictionary<string, float> Vector, string[] Codes);
