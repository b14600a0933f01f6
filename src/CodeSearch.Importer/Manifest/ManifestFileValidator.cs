using CodeSearch.Core.Errors;

namespace CodeSearch.Importer.Manifest;

/// <summary>Validates the "file" object of a release: a safe relative path, checksum shape and member roles.</summary>
internal static class ManifestFileValidator
{
    public static ManifestFile Validate(FileJson? json, SourceFormat format, string at, string sourceName)
    {
        if (json is null) throw Fail("'file' is missing");
        var path = (json.Path ?? "").Trim().Replace('\\', '/');
        if (path.Length == 0) throw Fail("file.path is missing");
        if (Path.IsPathRooted(path) || path.Split('/').Any(part => part is "" or "." or ".."))
        {
            throw Fail($"file.path '{json.Path}' must be a plain relative path (<system>/<release>/<file>)");
        }

        Uri? url = null;
        if (json.Url is not null && (!Uri.TryCreate(json.Url, UriKind.Absolute, out url) || url.Scheme is not ("https" or "http")))
        {
            throw Fail($"file.url '{json.Url}' is not an absolute http(s) address");
        }

        var sha = json.Sha256?.Trim().ToLowerInvariant();
        if (sha is not null && (sha.Length != 64 || !sha.All(char.IsAsciiHexDigit)))
        {
            throw Fail($"file.sha256 '{json.Sha256}' is not 64 hex digits");
        }
        if (json.SizeBytes is <= 0) throw Fail($"file.sizeBytes {json.SizeBytes} must be positive");

        var members = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (role, name) in json.Members ?? [])
        {
            if (string.IsNullOrWhiteSpace(name)) throw Fail($"file.members.{role} is empty");
            members[role] = name.Trim();
        }
        foreach (var role in format.RequiredRoles())
        {
            if (!members.ContainsKey(role)) throw Fail($"file.members has no '{role}' member, which format {format.Key()} needs");
        }
        return new ManifestFile(path, url, sha, json.SizeBytes, members);

        SourceDataException Fail(string problem) => ManifestValidator.Fail(sourceName, $"{at}: {problem}");
    }
}
