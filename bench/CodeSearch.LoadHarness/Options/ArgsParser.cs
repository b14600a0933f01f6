using System.Globalization;

namespace CodeSearch.LoadHarness.Options;

/// <summary>Parses "--name value" pairs and flags into <see cref="BenchOptions"/>; unknown options are errors.</summary>
public static class ArgsParser
{
    public const string Usage = """
        usage: CodeSearch.LoadHarness [--address URL | --start-server [--index-dir DIR] [--source-dir DIR] [--server-dll PATH] [--port N]]
                                       [--connections N] [--concurrency N] [--duration SECONDS | --requests N] [--warmup SECONDS]
                                       [--scenarios health,get,search-hot,search-cold,suggest,stream] [--mix get=4,search-hot=3,...]
                                       [--rate 75 | --rate 50%] [--rate-rpc suggest] [--notes FILE] [--phrases FILE] [--out DIR]
                                       [--soak-rounds N (with --mix: N rounds of --duration seconds, memory after each)]
        """;

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var o = new BenchOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new FormatException($"{name} needs a value");
            o = name switch
            {
                "--address" => o with { Address = Value() },
                "--start-server" => o with { StartServer = true },
                "--server-dll" => o with { ServerDll = Value() },
                "--index-dir" => o with { IndexDirectory = Value() },
                "--source-dir" => o with { SourceDirectory = Value() },
                "--port" => o with { Port = Positive(name, Value()) },
                "--connections" => o with { Connections = Positive(name, Value()) },
                "--concurrency" => o with { Concurrency = Positive(name, Value()) },
                "--duration" => o with { DurationSeconds = Seconds(name, Value()), Requests = null },
                "--requests" => o with { Requests = Positive(name, Value()) },
                "--warmup" => o with { WarmupSeconds = Seconds(name, Value(), allowZero: true) },
                "--scenarios" => o with { Scenarios = Value().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(RpcNames.Parse).Distinct().ToList() },
                "--mix" => o with { Mix = MixSpec.Parse(Value()) },
                "--rate" => o with { Rate = RateSpec.Parse(Value()) },
                "--rate-rpc" => o with { RateRpc = RpcNames.Parse(Value()) },
                "--notes" => o with { NotesFile = Value() },
                "--phrases" => o with { PhrasesFile = Value() },
                "--out" => o with { OutputDirectory = Value() },
                "--soak-rounds" => o with { SoakRounds = Positive(name, Value()) },
                _ => throw new FormatException($"unknown option '{name}'"),
            };
        }
        if (o.SoakRounds > 0 && o.Mix is null) throw new FormatException("--soak-rounds needs --mix: a soak runs the mix round after round");
        if (o.RateRpc == RpcKind.Stream) throw new FormatException("--rate-rpc must be a unary RPC (the open loop sends independent calls)");
        return o;
    }

    private static int Positive(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n
            : throw new FormatException($"{name} must be a positive whole number, got '{value}'");

    private static double Seconds(string name, string value, bool allowZero = false) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && (s > 0 || (allowZero && s == 0)) ? s
            : throw new FormatException($"{name} must be a number of seconds, got '{value}'");
}
