using CodeSearch.Core.Catalog;

namespace CodeSearch.Server.DataNotices;

/// <summary>
/// While the bundled sample is served, every response (gRPC, health, reflection, HTTP) carries the header
/// <c>codesearch-data: sample</c>, so no client can mistake the 77 hand-written codes for the official code sets.
/// </summary>
internal sealed class SampleDataHeaderMiddleware(RequestDelegate next, IIndexProvider provider)
{
    /// <summary>The response header (gRPC response metadata) naming the data served.</summary>
    public const string Header = "codesearch-data";

    /// <summary>Its value while the sample is served.</summary>
    public const string SampleValue = "sample";

    public Task InvokeAsync(HttpContext context)
    {
        if (provider.IsReady && provider.Current.IsSample) context.Response.Headers[Header] = SampleValue;
        return next(context);
    }
}
