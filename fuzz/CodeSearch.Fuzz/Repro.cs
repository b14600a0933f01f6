namespace CodeSearch.Fuzz;

/// <summary>Runs one saved input (a crash file) and prints the outcome, for debugging a fix.</summary>
internal static class Repro
{
    public static int Run(FuzzTarget target, string path)
    {
        var input = File.ReadAllBytes(path);
        try
        {
            target.Run(input);
            Console.WriteLine($"{target.Name}: {input.Length} bytes accepted");
            return 0;
        }
        catch (Exception ex) when (target.IsExpected(ex))
        {
            Console.WriteLine($"{target.Name}: {input.Length} bytes rejected as documented: {ex.GetType().Name}: {ex.Message}");
            return 0;
        }
        catch (Exception ex)
        {
            Console.WriteLine($"{target.Name}: CRASH {ex}");
            return 1;
        }
    }

    /// <summary>Writes each target's seeds to DIR/target/seed-N, the input folder AFL and libFuzzer start from.</summary>
    public static int WriteSeeds(IEnumerable<FuzzTarget> targets, string directory)
    {
        foreach (var target in targets)
        {
            var folder = Path.Combine(directory, target.Name);
            Directory.CreateDirectory(folder);
            for (var i = 0; i < target.Seeds.Count; i++) File.WriteAllBytes(Path.Combine(folder, $"seed-{i + 1}"), target.Seeds[i]);
            Console.WriteLine($"{target.Name}: {target.Seeds.Count} seed(s) in {folder}");
        }
        return 0;
    }
}
