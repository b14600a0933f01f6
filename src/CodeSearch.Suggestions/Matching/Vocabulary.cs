namespace CodeSearch.Suggestions.Matching;

/// <summary>Stem strings to dense ids; filled while a dictionary is built, read-only afterwards.</summary>
public sealed class Vocabulary
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    /// <summary>Number of distinct stems.</summary>
    public int Count => _ids.Count;

    /// <summary>The id of <paramref name="stem"/>, adding it when new.</summary>
    public int Add(string stem)
    {
        if (_ids.TryGetValue(stem, out var id)) return id;
        id = _ids.Count;
        _ids.Add(stem, id);
        return id;
    }

    /// <summary>Every stem with its id.</summary>
    public IEnumerable<(string Stem, int Id)> Entries => _ids.Select(p => (p.Key, p.Value));

    /// <summary>The id of <paramref name="stem"/>, or -1.</summary>
    public int Find(string stem) => _ids.GetValueOrDefault(stem, -1);
}
