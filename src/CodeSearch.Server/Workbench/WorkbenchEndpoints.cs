using CodeSearch.Server.Workbench;

// In the Hosting namespace beside MapCodeSearch, so Program.cs needs no extra using.
namespace CodeSearch.Server.Hosting;

/// <summary>
/// Serves the coder's workbench at /workbench/ (and redirects / there). The page talks only to this server's
/// HTTP/JSON API; its Content-Security-Policy forbids any other host, so it works air-gapped.
/// </summary>
public static class WorkbenchEndpoints
{
    /// <summary>Where the page lives.</summary>
    public const string BasePath = "/workbench/";

    // Everything from this origin only; no inline script; the note never goes to another host.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static WebApplication MapCodeSearchWorkbench(this WebApplication app)
    {
        var assets = WorkbenchAssets.Load(typeof(WorkbenchEndpoints).Assembly);
        app.MapGet("/", () => Results.Redirect(BasePath)).AllowAnonymous().ExcludeFromDescription();
        app.MapGet(BasePath + "{**path}", (HttpContext context, string? path) => Serve(context, assets, path))
            .AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static IResult Serve(HttpContext context, WorkbenchAssets assets, string? path)
    {
        // Routing ignores a trailing slash, so "/workbench" lands here too: send it to "/workbench/", where the page's
        // relative URLs (workbench.css, js/app.js) resolve.
        if (!context.Request.Path.Value!.EndsWith('/') && string.IsNullOrEmpty(path)) return Results.Redirect(BasePath);
        var key = string.IsNullOrEmpty(path) ? "index.html" : path;
        if (!assets.TryGet(key, out var asset)) return Results.NotFound();

        var headers = context.Response.Headers;
        headers.ETag = asset.ETag;
        // Revalidate every time (a 304 costs a round trip on localhost) so a new server version is never mixed with old modules.
        headers.CacheControl = "no-cache";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        if (context.Request.Headers.IfNoneMatch.Contains(asset.ETag)) return Results.StatusCode(StatusCodes.Status304NotModified);
        return Results.Bytes(asset.Content, asset.ContentType);
    }
}
