namespace CodeSearch.Suggestions.Learned;

/// <summary>
/// One string instance per distinct text while a model is read: the learned files repeat the same codes, stems and
/// wording keys thousands of times, and each cell read is a new string otherwise. Not thread-safe; dropped after the read.
/// </summary>
internal sealed class StringPool
{
    /// <summary>Longer cells are not shared (whole lists, parsed further).</summary>
    public const int MaxShared = 64;

    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _spans;

    public StringPool() => _spans = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The pooled instance equal to <paramref name="text"/> (that one when it is new).</summary>
    public string Share(string text)
    {
        if (_strings.TryGetValue(text, out var shared)) return shared;
        _strings.Add(text, text);
        return text;
    }

    /// <summary>The pooled instance equal to <paramref name="text"/>, made only when it is new.</summary>
    public string Share(ReadOnlySpan<char> text)
    {
        if (_spans.TryGetValue(text, out var shared)) return shared;
        var made = text.ToString();
        _strings.Add(made, made);
        return made;
    }

    /// <summary><see cref="string.Split(char, StringSplitOptions)"/> on spaces, each part shared.</summary>
    public string[] Split(string text, StringSplitOptions options)
    {
        var parts = text.Split(' ', options);
        for (var i = 0; i < parts.Length; i++) parts[i] = Share(parts[i]);
        return parts;
    }
}
