namespace CodeSearch.Indexing.Generations;

/// <summary>
/// The index directory: one folder per generation and a CURRENT file naming the one to serve.
/// A generation is built in a ".building-*" folder, renamed into place when complete, and only then named in
/// CURRENT (written to a temp file and renamed), so a crash at any point leaves the previous good generation served.
/// </summary>
public sealed class IndexGenerationStore(string root)
{
    private const string CurrentFile = "CURRENT";
    private const string BuildingPrefix = ".building-";

    /// <summary>The index directory.</summary>
    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>The folder CURRENT names, or null when there is none.</summary>
    public string? CurrentDirectory()
    {
        var pointer = Path.Combine(Root, CurrentFile);
        if (!File.Exists(pointer)) return null;
        var name = File.ReadAllText(pointer).Trim();
        if (name.Length == 0 || name.Contains('/') || name.Contains('\\') || name.StartsWith('.')) return null;
        var dir = Path.Combine(Root, name);
        return Directory.Exists(dir) ? dir : null;
    }

    /// <summary>A fresh folder to build a generation in.</summary>
    public string CreateBuildDirectory()
    {
        Directory.CreateDirectory(Root);
        var dir = Path.Combine(Root, BuildingPrefix + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>Moves a finished build into place under its generation name and points CURRENT at it.</summary>
    public string Publish(string buildDirectory, string generation)
    {
        var target = Path.Combine(Root, generation);
        if (Directory.Exists(target)) Directory.Delete(target, recursive: true);
        Directory.Move(buildDirectory, target);
        var pointer = Path.Combine(Root, CurrentFile);
        File.WriteAllText(pointer + ".tmp", generation);
        File.Move(pointer + ".tmp", pointer, overwrite: true);
        return target;
    }

    /// <summary>Deletes abandoned builds and generations other than the current one and <paramref name="keep"/>.</summary>
    public void CleanUp(params string?[] keep)
    {
        if (!Directory.Exists(Root)) return;
        var kept = keep.Append(CurrentDirectory()).Where(k => k is not null).Select(k => Path.GetFullPath(k!)).ToHashSet();
        foreach (var dir in Directory.EnumerateDirectories(Root))
        {
            if (kept.Contains(Path.GetFullPath(dir))) continue;
            try { Directory.Delete(dir, recursive: true); }
            catch (IOException) { /* in use by a reader still open; removed next time */ }
            catch (UnauthorizedAccessException) { }
        }
    }
}
