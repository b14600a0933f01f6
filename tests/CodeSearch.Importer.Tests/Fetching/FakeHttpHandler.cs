using System.Net;

namespace CodeSearch.Importer.Tests.Fetching;

/// <summary>Serves fixed bytes per URL without a network; counts requests.</summary>
internal sealed class FakeHttpHandler(Dictionary<Uri, byte[]> files) : HttpMessageHandler
{
    public int Requests { get; private set; }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests++;
        var response = files.TryGetValue(request.RequestUri!, out var bytes)
            ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(bytes) }
            : new HttpResponseMessage(HttpStatusCode.NotFound) { ReasonPhrase = "Not Found" };
        return Task.FromResult(response);
    }
}
