using CodeSearch.Core;
using CodeSearch.Suggestions.Engine;

namespace CodeSearch.Evaluation.Tests.Support;

/// <summary>Answers each note text with a fixed ranked list of (code, score), honouring MaxResults; or throws NotImplementedException.</summary>
internal sealed class FakeSuggester(IReadOnlyDictionary<string, (string Code, double Score)[]>? answers) : ICodeSuggester
{
    public List<SuggestionRequest> Requests { get; } = [];

    public static FakeSuggester NotImplemented() => new(null);

    public SuggestionResult Suggest(SuggestionRequest request, CancellationToken cancellationToken = default)
    {
        if (answers is null) throw new NotImplementedException();
        lock (Requests) Requests.Add(request);
        var max = request.MaxResults == 0 ? SuggestionLimits.DefaultMaxResults : request.MaxResults;
        var ranked = answers.TryGetValue(request.Text, out var found) ? found : [];
        var suggestions = ranked.Take(max)
            .Select(a => new CodeSuggestion(FakeIndex.Code(a.Code) with { System = request.Systems[0] }, a.Score, [], ""))
            .ToList();
        return new SuggestionResult(suggestions, [], []);
    }
}
