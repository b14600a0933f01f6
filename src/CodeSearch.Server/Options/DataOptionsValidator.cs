using Microsoft.Extensions.Options;

namespace CodeSearch.Server.Options;

/// <summary>
/// Fails start-up when a configured data path does not exist, naming its absolute path: a mistyped or relative path
/// that resolves somewhere unexpected must never end in the sample being served instead. Unset paths use the defaults
/// (the default source directory is created by the first download).
/// </summary>
internal sealed class DataOptionsValidator : IValidateOptions<DataOptions>
{
    public ValidateOptionsResult Validate(string? name, DataOptions options)
    {
        var failures = new List<string>();
        if (options.SourceDirectory is { Length: > 0 } source && !Directory.Exists(source))
        {
            failures.Add(Missing("SourceDirectory", "folder", source));
        }
        if (options.ManifestPath is { Length: > 0 } manifest && !File.Exists(manifest))
        {
            failures.Add(Missing("ManifestPath", "file", manifest));
        }
        if (options.SampleDirectory is { Length: > 0 } sample && !Directory.Exists(sample))
        {
            failures.Add(Missing("SampleDirectory", "folder", sample));
        }
        if (options.CptFile is { Length: > 0 } cpt && !File.Exists(cpt))
        {
            failures.Add(Missing("CptFile", "file", cpt));
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string Missing(string key, string what, string configured) =>
        $"{DataOptions.Section}:{key} is '{configured}': the {what} '{Path.GetFullPath(configured)}' does not exist " +
        $"(relative paths resolve against the directory the server is started from, '{Environment.CurrentDirectory}').";
}
