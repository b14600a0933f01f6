using CodeSearch.Core;
using CodeSearch.Suggestions.Engine;
using Proto = CodeSearch.V1;

namespace CodeSearch.Server.Validation;

/// <summary>
/// SuggestCodesRequest to a domain request, or INVALID_ARGUMENT listing every bad field. Descriptions state limits
/// and lengths only: the note text is PHI and never appears in an error.
/// </summary>
internal static class SuggestRequestValidator
{
    /// <param name="request">The request as received.</param>
    /// <param name="fieldPrefix">Prepended to field paths ("request." inside StreamSuggestCodes).</param>
    public static SuggestionRequest Validate(Proto.SuggestCodesRequest request, string fieldPrefix)
    {
        var violations = new Violations();
        if (string.IsNullOrWhiteSpace(request.Text))
        {
            violations.Add(fieldPrefix + "text", "must not be empty");
        }
        else if (request.Text.Length > SuggestionLimits.MaxTextLength)
        {
            violations.Add(fieldPrefix + "text",
                $"must be at most {SuggestionLimits.MaxTextLength:N0} characters (UTF-16 code units), got {request.Text.Length:N0}");
        }
        var systems = new List<CodeSystemId>();
        for (var i = 0; i < request.Systems.Count; i++)
        {
            var system = CommonRules.System(request.Systems[i], $"{fieldPrefix}systems[{i}]", violations);
            if (system != default && !systems.Contains(system)) systems.Add(system);
        }
        if (request.MaxResults is < 0 or > SuggestionLimits.MaxResultsLimit)
        {
            violations.Add(fieldPrefix + "max_results",
                $"must be between 1 and {SuggestionLimits.MaxResultsLimit} (0 means {SuggestionLimits.DefaultMaxResults})");
        }
        double? minScore = request.HasMinScore ? request.MinScore : null;
        if (minScore is { } score && !(score is >= 0 and <= 1)) violations.Add(fieldPrefix + "min_score", "must be between 0 and 1");
        var dateOfService = CommonRules.DateOfService(request.DateOfService, fieldPrefix + "date_of_service", violations);
        violations.ThrowIfAny();
        return new SuggestionRequest
        {
            Text = request.Text,
            Systems = systems,
            MaxResults = request.MaxResults,
            DateOfService = dateOfService,
            MinScore = minScore,
            IncludeExcluded = request.IncludeExcluded,
        };
    }
}
