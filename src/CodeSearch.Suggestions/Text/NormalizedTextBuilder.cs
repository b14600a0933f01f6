using System.Text;

namespace CodeSearch.Suggestions.Text;

/// <summary>Accumulates folded characters with, for each, the original range it came from.</summary>
internal sealed class NormalizedTextBuilder(int capacity)
{
    private readonly StringBuilder _text = new(capacity);
    private readonly List<int> _starts = new(capacity);
    private readonly List<int> _ends = new(capacity);

    /// <summary>Number of folded characters so far.</summary>
    public int Length => _text.Length;

    /// <summary>The last folded character, or '\0' when there is none.</summary>
    public char Last => _text.Length == 0 ? '\0' : _text[^1];

    /// <summary>Original end of the last folded character, or -1 when there is none.</summary>
    public int LastEnd => _ends.Count == 0 ? -1 : _ends[^1];

    /// <summary>Appends <paramref name="c"/>, taken from original [start, end).</summary>
    public void Append(char c, int start, int end)
    {
        _text.Append(c);
        _starts.Add(start);
        _ends.Add(end);
    }

    /// <summary>Grows the original range of the last folded character to end at <paramref name="end"/>.</summary>
    public void ExtendLast(int end)
    {
        if (_ends.Count > 0 && end > _ends[^1])
        {
            _ends[^1] = end;
        }
    }

    public string Text() => _text.ToString();

    public int[] Starts() => [.. _starts];

    public int[] Ends() => [.. _ends];
}
