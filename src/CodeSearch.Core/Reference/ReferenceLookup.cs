namespace CodeSearch.Core.Reference;

/// <summary>
/// Answers, for a code of the target release, the tabular notes that apply to it (own and inherited, each labelled
/// with where it is printed and which release it came from), its 7th-character choices, and the index entries
/// that lead to it. Material from an earlier Tabular List is carried forward only onto codes that still exist
/// unchanged (same code, same title): see docs/reference.md. Built once per generation; thread-safe.
/// </summary>
public sealed class ReferenceLookup
{
    // Chapter > section > category > up to 4 subcategory levels: a longer walk means a cycle in the data.
    private const int MaxDepth = 10;

    private readonly ReferenceData _data;
    private readonly Dictionary<(TabularLevel Level, string Id), TabularNode> _nodes = [];
    private readonly Dictionary<string, int[]> _entriesByCode = new(StringComparer.Ordinal);
    private readonly Dictionary<int, List<int>> _seeSources = [];
    private readonly AlphabeticIndexKind[] _kinds;

    public ReferenceLookup(ReferenceData data)
    {
        _data = data;
        _kinds = new AlphabeticIndexKind[data.Entries.Count];
        // Sized once: grown by doubling, the table of 46,000 nodes kept about 1 MB of empty room.
        _nodes.EnsureCapacity(data.Tabular?.Nodes.Count ?? 0);
        foreach (var node in data.Tabular?.Nodes ?? [])
        {
            _nodes[Key(node.Level, node.Id)] = node;
        }
        var entriesByCode = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        // Enumerated, not indexed: a list that decodes entries when read (Indexing's EncodedEntries) keeps only what
        // its indexer is asked for, and this one-off scan touches every entry.
        var position = 0;
        foreach (var entry in data.Entries)
        {
            _kinds[position] = entry.Index;
            foreach (var code in AlphabeticIndexCodes.All(entry).Distinct())
            {
                if (!entriesByCode.TryGetValue(code, out var list)) entriesByCode[code] = list = [];
                list.Add(position);
            }
            position++;
        }
        // Exact-size arrays: held for the generation's lifetime, never added to.
        _entriesByCode.EnsureCapacity(entriesByCode.Count);
        foreach (var (code, list) in entriesByCode) _entriesByCode[code] = list.ToArray();
        for (var i = 0; i < data.SeeTargets.Count; i++)
        {
            var target = data.SeeTargets[i];
            if (target < 0) continue;
            if (!_seeSources.TryGetValue(target, out var sources)) _seeSources[target] = sources = [];
            sources.Add(i);
        }
    }

    /// <summary>The material this lookup answers from.</summary>
    public ReferenceData Data => _data;

    /// <summary>Notes applying to the code: its own, then its ancestors' nearest first, then section and chapter.</summary>
    public IReadOnlyList<AppliedNote> NotesFor(MedicalCode code, Func<string, MedicalCode?> find)
    {
        if (code.System != CodeSystemId.Icd10Cm || _data.Tabular is null) return [];
        var release = _data.Tabular.ReleaseId;
        var notes = new List<AppliedNote>();
        TabularNode? anchor = null;
        for (var current = code; current is not null; current = current.ParentCode is { } p ? find(p) : null)
        {
            // A stored node's title is decoded on each read (TabularNode.Description): read once per node.
            if (!_nodes.TryGetValue(Key(TabularLevel.Code, current.Code), out var node)) continue;
            var title = node.Description;
            if (!SameTitle(title, current.Description)) continue;
            var inherited = current != code;
            notes.AddRange(node.Notes.Select(n => new AppliedNote(n, node.Level, node.Id, title, inherited, release)));
            anchor = node;
        }
        for (var (parent, depth) = (anchor?.ParentId, 0); parent is not null && depth < MaxDepth; depth++)
        {
            var node = Parent(anchor!, parent);
            if (node is null) break;
            if (node.Level != TabularLevel.Code && node.Notes.Count > 0)
            {
                var title = node.Description;
                notes.AddRange(node.Notes.Select(n => new AppliedNote(n, node.Level, node.Id, title, true, release)));
            }
            anchor = node;
            parent = node.ParentId;
        }
        return notes;
    }

    /// <summary>7th-character choices from the nearest definition above the code, with the full codes that exist.</summary>
    public IReadOnlyList<SevenCharacterOption> SevenCharactersFor(MedicalCode code, Func<string, MedicalCode?> find)
    {
        if (code.System != CodeSystemId.Icd10Cm || _data.Tabular is null) return [];
        var stem = code.Code.Length == 7 ? code.Code[..6] : code.Code;
        var bare = stem.TrimEnd('X');
        for (var length = bare.Length; length >= 3; length--)
        {
            if (!_nodes.TryGetValue(Key(TabularLevel.Code, bare[..length]), out var node) || node.SevenCharacters.Count == 0) continue;
            var padded = stem.PadRight(6, 'X');
            return node.SevenCharacters
                .Select(s => new SevenCharacterOption(s.Character, s.Description, find(padded + s.Character)?.Code, node.Id, _data.Tabular.ReleaseId))
                .ToList();
        }
        return [];
    }

    /// <summary>
    /// Index entries that give this code (as code, manifestation or table cell; "C79.8-" leads to C79.8). Entries
    /// published with the older Tabular List's release are carried forward only when the code's title is unchanged.
    /// </summary>
    public IReadOnlyList<AlphabeticIndexEntry> EntriesFor(MedicalCode code) =>
        EntryPositions(code).Select(i => _data.Entries[i]).ToList();

    private IEnumerable<int> EntryPositions(MedicalCode code)
    {
        if (code.System != CodeSystemId.Icd10Cm || !_entriesByCode.TryGetValue(code.Code, out var list)) return [];
        var changed = _data.Tabular is { } tabular && _nodes.TryGetValue(Key(TabularLevel.Code, code.Code), out var node)
                      && !SameTitle(node.Description, code.Description);
        return changed ? list.Where(i => Peek(i).ReleaseId != _data.Tabular!.ReleaseId) : list;
    }

    /// <summary>
    /// Words that lead a coder to the code, for search: its own inclusion terms, the paths of Alphabetic Index and
    /// External Cause entries that give it, and of entries whose "see" points at one of those ("Attack › heart").
    /// </summary>
    public IReadOnlyList<string> SynonymsFor(MedicalCode code)
    {
        var synonyms = new List<string>();
        // The code's own inclusion terms: those printed under it, while its title is unchanged (what NotesFor lists
        // as not inherited), without walking the hierarchy: this runs for search hits.
        if (code.System == CodeSystemId.Icd10Cm && _data.Tabular is not null
            && _nodes.TryGetValue(Key(TabularLevel.Code, code.Code), out var node) && SameTitle(node.Description, code.Description))
        {
            foreach (var note in node.Notes)
            {
                if (note.Kind == NoteKind.InclusionTerm) synonyms.Add(note.Text);
            }
        }
        var direct = EntryPositions(code).ToList();
        var leading = direct.Concat(direct.SelectMany(i => _seeSources.GetValueOrDefault(i) ?? []));
        foreach (var i in leading.Distinct())
        {
            if (_kinds[i] is AlphabeticIndexKind.Diseases or AlphabeticIndexKind.ExternalCauses) synonyms.Add(EntryPath(i));
        }
        return synonyms.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    // An entry's path as one line, joined when asked for and not kept: building the suggestion dictionary asks for
    // nearly every entry once, and kept here the 77,000 joined paths took about 8.5 MB of heap for the generation's
    // lifetime (docs/operations.md#memory); the search keeps the synonyms of the codes it shows (KeptSynonyms).
    private string EntryPath(int i) => string.Join(' ', Peek(i).Path);

    // An entry read for a moment (its kind, path or release), not kept by a list that decodes on read: building the
    // suggestion dictionary asks this for nearly every entry.
    private AlphabeticIndexEntry Peek(int i) => _data.Entries is IEncodedEntries encoded ? encoded.Peek(i) : _data.Entries[i];

    // A one-category section shares its id with its category (section "E36", diag "E36"): a code whose parent id is
    // its own id sits directly under the section of that name.
    private TabularNode? Parent(TabularNode child, string parentId)
    {
        var level = child.Level == TabularLevel.Section ? TabularLevel.Chapter
            : parentId != child.Id && _nodes.ContainsKey(Key(TabularLevel.Code, parentId)) ? TabularLevel.Code : TabularLevel.Section;
        return _nodes.GetValueOrDefault(Key(level, parentId));
    }

    private static (TabularLevel, string) Key(TabularLevel level, string id) => (level, id);

    // Equal ignoring case and how many spaces separate the words (and leading or trailing spaces).
    private static bool SameTitle(string a, string b)
    {
        var (i, j) = (0, 0);
        while (true)
        {
            while (i < a.Length && a[i] == ' ') i++;
            while (j < b.Length && b[j] == ' ') j++;
            if (i == a.Length || j == b.Length) return i == a.Length && j == b.Length;
            // Inside words both sides must agree; a run of spaces counts as one separator.
            if ((i == 0 || a[i - 1] == ' ') != (j == 0 || b[j - 1] == ' ')) return false;
            if (char.ToUpperInvariant(a[i]) != char.ToUpperInvariant(b[j])) return false;
            i++;
            j++;
        }
    }
}
