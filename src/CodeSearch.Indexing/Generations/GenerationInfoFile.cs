using System.Text.Json;

namespace CodeSearch.Indexing.Generations;

/// <summary>Reads and writes generation.json (written by the generated serializer, read by <see cref="GenerationInfoReader"/>).</summary>
public static class GenerationInfoFile
{
    /// <summary>File name inside a generation folder.</summary>
    public const string FileName = "generation.json";

    public static void Write(string directory, GenerationInfo info)
    {
        var path = Path.Combine(directory, FileName);
        File.WriteAllText(path + ".tmp", JsonSerializer.Serialize(info, GenerationInfoJson.Default.GenerationInfo));
        File.Move(path + ".tmp", path, overwrite: true);
    }

    /// <summary>Null when the file is missing or unreadable (the generation is then treated as corrupt).</summary>
    public static GenerationInfo? TryRead(string directory)
    {
        try
        {
            var path = Path.Combine(directory, FileName);
            return File.Exists(path) ? GenerationInfoReader.Parse(File.ReadAllText(path)) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
