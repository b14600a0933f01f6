namespace CodeSearch.Suggestions.Engine;

/// <summary>Turns a note into ranked code suggestions over the index generation being served. Thread-safe.</summary>
public interface ICodeSuggester
{
    /// <summary>
    /// Suggests codes. Throws <see cref="Core.Errors.ReleaseNotLoadedException"/> when no loaded release covers the
    /// date of service, <see cref="Core.Errors.ServiceNotReadyException"/> before an index is open, and
    /// <see cref="OperationCanceledException"/> when <paramref name="cancellationToken"/> fires (checked between
    /// sentences, so a long note stops promptly).
    /// </summary>
    SuggestionResult Suggest(SuggestionRequest request, CancellationToken cancellationToken = default);
}
