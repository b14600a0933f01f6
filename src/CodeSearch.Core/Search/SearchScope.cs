namespace CodeSearch.Core.Search;

/// <summary>What a search runs over once releases and dates are resolved.</summary>
/// <param name="Releases">One release per searched system.</param>
/// <param name="BillableOnly">Only reportable codes.</param>
/// <param name="AsOf">Codes must be valid on this date (HCPCS add and termination dates): the date of service, or today.</param>
public sealed record SearchScope(IReadOnlyList<CodeRelease> Releases, bool BillableOnly, DateOnly AsOf);
