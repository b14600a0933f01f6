using System.Net;
using System.Net.Http.Headers;
using CodeSearch.Server.Tests.Support;
using CodeSearch.Suggestions.Engine;
using CodeSearch.V1;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CodeSearch.Server.Tests.Transport;

/// <summary>
/// Clients that reset their streams (RST_STREAM from a cancelled or disposed call) are not server errors: 200 resets
/// of every kind of call, up to and including the server's shutdown, leave no Error or Critical line in the log, and
/// the cancellations that reach the error table are one Debug line each, without a stack trace. A server of its own,
/// so its shutdown is part of the test and other tests' lines are not in its log.
/// </summary>
public class ClientResetTests
{
    private const int Resets = 200;

    [Fact]
    public async Task TwoHundredResets_NoErrorOrCriticalLines_CancellationsAtDebug()
    {
        var logs = new CapturingLoggerProvider();
        var suggester = new FakeCodeSuggester();
        using (var factory = new ResetServer(suggester, logs))
        {
            await factory.WaitUntilServingAsync(TimeSpan.FromSeconds(60));
            using var _ = suggester.Use((_, token) =>
            {
                token.WaitHandle.WaitOne(TimeSpan.FromMilliseconds(200));
                token.ThrowIfCancellationRequested();
                return SuggestionSamples.Result;
            });
            var channel = factory.Channel;
            var suggestions = new CodingSuggestions.CodingSuggestionsClient(channel);
            using var raw = RawGrpc.Client(RawGrpc.Address(factory.Services));

            var work = new List<Task>();
            for (var i = 0; i < Resets; i++)
            {
                work.Add((i % 4) switch
                {
                    0 => ResetStreamAsync(suggestions, i),
                    1 => CancelUnaryAsync(() => suggestions.SuggestCodesAsync(new SuggestCodesRequest { Text = "HTN" }, cancellationToken: After(i)).ResponseAsync),
                    2 => CancelUnaryAsync(() => factory.Client.SearchCodesAsync(new SearchCodesRequest { Query = "diabetes" }, cancellationToken: After(i)).ResponseAsync),
                    _ => ResetRawBodyAsync(raw, i),
                });
                if (work.Count == 20)
                {
                    await Task.WhenAll(work);
                    work.Clear();
                }
            }
            await Task.WhenAll(work);
            await Task.Delay(500); // let the server finish the calls it was serving
        } // shutdown: a call that never completed would be logged here

        var bad = logs.Lines.Where(l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal)).ToList();
        Assert.True(bad.Count == 0, $"{bad.Count} Error/Critical lines after {Resets} resets:\n{string.Join("\n", bad.Take(5))}");
        var cancellations = logs.Lines.Where(l => l.Contains("[4050]", StringComparison.Ordinal) || l.Contains("[4051]", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(cancellations);
        Assert.All(cancellations, l =>
        {
            Assert.StartsWith("Debug", l, StringComparison.Ordinal);
            Assert.DoesNotContain("\n", l, StringComparison.Ordinal); // one line: no exception attached, no stack trace
            Assert.DoesNotContain("   at ", l, StringComparison.Ordinal);
        });
    }

    private static CancellationToken After(int i) => new CancellationTokenSource(TimeSpan.FromMilliseconds(5 + i % 40)).Token;

    private static async Task ResetStreamAsync(CodingSuggestions.CodingSuggestionsClient client, int i)
    {
        using var call = client.StreamSuggestCodes();
        try
        {
            await call.RequestStream.WriteAsync(new StreamSuggestCodesRequest { RequestId = "1", Request = new SuggestCodesRequest { Text = "HTN" } });
            await Task.Delay(5 + i % 40);
        }
        catch (RpcException) { } // refused (a stream cap) before the reset: also fine
    } // disposing the unfinished call resets the stream

    private static async Task CancelUnaryAsync(Func<Task> call)
    {
        try { await call(); } catch (RpcException) { }
    }

    /// <summary>A raw request whose body never ends, cancelled: the client sends RST_STREAM mid-request.</summary>
    private static async Task ResetRawBodyAsync(HttpClient client, int i)
    {
        var first = RawGrpc.Frame(0, [0x0a, 0x03, (byte)'H', (byte)'T', (byte)'N']);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/codesearch.v1.CodingSuggestions/StreamSuggestCodes")
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new EndlessContent(first),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        request.Headers.TryAddWithoutValidation("te", "trailers");
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(5 + i % 40));
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cts.Token);
            await response.Content.ReadAsByteArrayAsync(cts.Token);
        }
        catch (OperationCanceledException) { }
        catch (HttpRequestException) { }
    }

    /// <summary>Sends one frame, then holds the request body open until the request is cancelled.</summary>
    private sealed class EndlessContent(byte[] first) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
        {
            await stream.WriteAsync(first, cancellationToken);
            await stream.FlushAsync(cancellationToken);
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            SerializeToStreamAsync(stream, context, CancellationToken.None);

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    private sealed class ResetServer : CodeSearchServerFactory
    {
        private readonly FakeCodeSuggester _suggester;
        private readonly CapturingLoggerProvider _logs;

        public ResetServer(FakeCodeSuggester suggester, CapturingLoggerProvider logs)
        {
            _suggester = suggester;
            _logs = logs;
            UseKestrel(0);
        }

        protected override GrpcChannel CreateChannel() => KestrelChannel();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(_logs).AddFilter<CapturingLoggerProvider>("CodeSearch", LogLevel.Debug));
            builder.ConfigureTestServices(services => services.AddSingleton<ICodeSuggester>(_suggester));
        }
    }
}
