namespace CodeSearch.Core.Reference;

/// <summary>
/// Implemented by an entry list that decodes entries when read and keeps what its indexer hands out (a stored
/// generation's reference material): <see cref="Peek"/> reads one without keeping it, for scans over many entries.
/// </summary>
public interface IEncodedEntries
{
    /// <summary>The entry at <paramref name="index"/>, decoded for this call only (or the kept one, if already decoded).</summary>
    AlphabeticIndexEntry Peek(int index);
}
