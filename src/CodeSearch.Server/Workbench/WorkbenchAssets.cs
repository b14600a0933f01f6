using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;

namespace CodeSearch.Server.Workbench;

/// <summary>
/// The workbench's static files (HTML, CSS, ES modules), embedded in the server assembly under the logical name
/// prefix <c>workbench/</c> and read once: no file system, no separate web server, nothing from another host.
/// </summary>
internal sealed class WorkbenchAssets
{
    private const string Prefix = "workbench/";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".ico"] = "image/x-icon",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private readonly FrozenDictionary<string, WorkbenchAsset> _assets;

    private WorkbenchAssets(FrozenDictionary<string, WorkbenchAsset> assets) => _assets = assets;

    /// <summary>Every embedded workbench file, keyed by its path below /workbench/ ("index.html", "js/app.js").</summary>
    public static WorkbenchAssets Load(Assembly assembly)
    {
        var assets = new Dictionary<string, WorkbenchAsset>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith(Prefix, StringComparison.Ordinal)) continue;
            var path = name[Prefix.Length..].Replace('\\', '/');
            if (!ContentTypes.TryGetValue(Path.GetExtension(path), out var contentType)) continue;
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var bytes = buffer.ToArray();
            var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 8)) + "\"";
            assets[path] = new WorkbenchAsset(bytes, contentType, etag);
        }
        return new WorkbenchAssets(assets.ToFrozenDictionary(StringComparer.Ordinal));
    }

    public int Count => _assets.Count;

    public bool TryGet(string path, out WorkbenchAsset asset) => _assets.TryGetValue(path, out asset!);
}

/// <summary>One embedded file with its content type and a strong ETag over its bytes.</summary>
internal sealed record WorkbenchAsset(byte[] Content, string ContentType, string ETag);
