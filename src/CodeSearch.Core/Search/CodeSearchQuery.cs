namespace CodeSearch.Core.Search;

/// <summary>A validated search request, in domain terms.</summary>
/// <param name="Text">The user's query: free text or a code (prefix). Never parsed as query syntax.</param>
/// <param name="Systems">Systems to search; empty means all loaded systems.</param>
/// <param name="BillableOnly">Only reportable codes.</param>
/// <param name="Offset">How many ranked results to skip.</param>
/// <param name="Limit">How many results to return.</param>
/// <param name="DateOfService">Only codes valid on this date, from the release in force then; null means the newest release and today's date.</param>
public sealed record CodeSearchQuery(
    string Text,
    IReadOnlyCollection<CodeSystemId> Systems,
    bool BillableOnly,
    int Offset,
    int Limit,
    DateOnly? DateOfService);
