using System.Globalization;

namespace CodeSearch.Fuzz;

internal enum FuzzMode { Mutate, Afl, LibFuzzer, Repro, WriteSeeds }

/// <summary>Command-line options of the harness.</summary>
internal sealed record FuzzOptions
{
    public const string Usage = """
        usage: CodeSearch.Fuzz --target NAME|all [--seconds N] [--seed N] [--out DIR] [--max-len BYTES] [--timeout-ms N]
               CodeSearch.Fuzz --target NAME --repro FILE      run one saved input and print what it does
               CodeSearch.Fuzz --target NAME --afl             SharpFuzz entry for afl-fuzz (instrumented build)
               CodeSearch.Fuzz --target NAME --libfuzzer       SharpFuzz entry for libfuzzer-dotnet
               CodeSearch.Fuzz --target NAME|all --write-seeds DIR   the seeds as files (AFL's -i, libFuzzer's corpus)
               CodeSearch.Fuzz --list
        """;

    public string Target { get; init; } = "all";
    public int Seconds { get; init; } = 60;
    public int Seed { get; init; } = 1;
    public string OutDirectory { get; init; } = "fuzz-out";
    public int MaxLength { get; init; } = 64 * 1024;
    public int TimeoutMs { get; init; } = 5000;
    public FuzzMode Mode { get; init; } = FuzzMode.Mutate;
    public string? ReproPath { get; init; }
    public bool List { get; init; }

    public static FuzzOptions? Parse(string[] args)
    {
        var options = new FuzzOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            int Number() => int.Parse(Next(), NumberStyles.None, CultureInfo.InvariantCulture);
            try
            {
                options = args[i] switch
                {
                    "--target" => options with { Target = Next() },
                    "--seconds" => options with { Seconds = Number() },
                    "--seed" => options with { Seed = Number() },
                    "--out" => options with { OutDirectory = Next() },
                    "--max-len" => options with { MaxLength = Number() },
                    "--timeout-ms" => options with { TimeoutMs = Number() },
                    "--repro" => options with { Mode = FuzzMode.Repro, ReproPath = Next() },
                    "--write-seeds" => options with { Mode = FuzzMode.WriteSeeds, OutDirectory = Next() },
                    "--afl" => options with { Mode = FuzzMode.Afl },
                    "--libfuzzer" => options with { Mode = FuzzMode.LibFuzzer },
                    "--list" => options with { List = true },
                    _ => null,
                };
            }
            catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException)
            {
                return null;
            }
            if (options is null) return null;
        }
        if (options.Mode is FuzzMode.Afl or FuzzMode.LibFuzzer or FuzzMode.Repro && options.Target == "all") return null;
        return options;
    }
}
