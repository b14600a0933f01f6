using System.Collections.Concurrent;
using CodeSearch.Suggestions.Engine;

namespace CodeSearch.Server.Tests.Support;

/// <summary>
/// An <see cref="ICodeSuggester"/> whose answer a test chooses; records every request it receives. By default it
/// answers <see cref="SuggestionSamples.Result"/>.
/// </summary>
public sealed class FakeCodeSuggester : ICodeSuggester
{
    private static readonly Func<SuggestionRequest, CancellationToken, SuggestionResult> Default = (_, _) => SuggestionSamples.Result;
    private volatile Func<SuggestionRequest, CancellationToken, SuggestionResult> _behaviour = Default;

    public ConcurrentQueue<SuggestionRequest> Requests { get; } = new();

    public SuggestionResult Suggest(SuggestionRequest request, CancellationToken cancellationToken = default)
    {
        Requests.Enqueue(request);
        return _behaviour(request, cancellationToken);
    }

    /// <summary>Answers with <paramref name="behaviour"/> and forgets earlier requests until the result is disposed.</summary>
    public IDisposable Use(Func<SuggestionRequest, CancellationToken, SuggestionResult> behaviour)
    {
        Requests.Clear();
        _behaviour = behaviour;
        return new Reset(this);
    }

    /// <summary>Blocks until the token fires (at most 30 s), then throws as the engine does; sets <paramref name="cancelled"/>.</summary>
    public static Func<SuggestionRequest, CancellationToken, SuggestionResult> BlockUntilCancelled(TaskCompletionSource cancelled) =>
        (_, token) =>
        {
            token.WaitHandle.WaitOne(TimeSpan.FromSeconds(30));
            if (token.IsCancellationRequested) cancelled.TrySetResult();
            token.ThrowIfCancellationRequested();
            throw new TimeoutException("The call's cancellation token never fired.");
        };

    private sealed class Reset(FakeCodeSuggester fake) : IDisposable
    {
        public void Dispose()
        {
            fake._behaviour = Default;
            fake.Requests.Clear();
        }
    }
}
