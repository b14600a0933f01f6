using System.Net;

namespace CodeSearch.Cli.Commands;

/// <summary>
/// An HttpClient for fetching: the real network, or, given a mirror folder, a handler that answers each official
/// URL with the file of the same manifest path from the mirror, so a mirror goes through the same verification.
/// </summary>
internal static class MirrorHttp
{
    public static HttpClient Create(string? mirrorDirectory) => mirrorDirectory is null
        ? new HttpClient { Timeout = TimeSpan.FromMinutes(10) }
        : new HttpClient(new MirrorHandler(Path.GetFullPath(mirrorDirectory)));

    private sealed class MirrorHandler(string root) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var path = MirrorPaths.Find(root, request.RequestUri!);
            if (path is null) return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound) { ReasonPhrase = $"not in mirror {root}" });
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(File.OpenRead(path)) });
        }
    }
}

/// <summary>Finds the mirror file for an official URL: the file of that name anywhere under the mirror.</summary>
internal static class MirrorPaths
{
    public static string? Find(string root, Uri url)
    {
        var name = Uri.UnescapeDataString(Path.GetFileName(url.AbsolutePath));
        return Directory.Exists(root)
            ? Directory.EnumerateFiles(root, name, SearchOption.AllDirectories).FirstOrDefault()
            : null;
    }
}
