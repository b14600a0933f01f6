namespace CodeSearch.Indexing.Search;

/// <summary>A word query as search reads it.</summary>
/// <param name="Text">What the word tiers search: the query with vocabulary terms replaced and misspellings corrected.</param>
/// <param name="UnderstoodAs">The rewritten query to show the user ("pneumonia" for "pnuemonia"); null when unchanged.</param>
/// <param name="Completed">The query with a word being typed completed to its most common form ("type 2 diabetes"
/// for "type 2 diab"): what the Alphabetic Index default is looked up with.</param>
internal sealed record UnderstoodQuery(string Text, string? UnderstoodAs, string Completed);
