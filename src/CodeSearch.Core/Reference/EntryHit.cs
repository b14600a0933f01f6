namespace CodeSearch.Core.Reference;

/// <summary>One index entry found by a SearchIndex query.</summary>
/// <param name="Entry">The entry.</param>
/// <param name="Score">Relevance; comparable within one answer.</param>
/// <param name="Columns">For tables: the columns the query named (empty when it named none).</param>
/// <param name="Followed">The entry its "see" reference points at, when resolved.</param>
public sealed record EntryHit(AlphabeticIndexEntry Entry, float Score, IReadOnlyList<string> Columns, AlphabeticIndexEntry? Followed);
