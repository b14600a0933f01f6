namespace CodeSearch.LoadHarness.Options;

/// <summary>Everything a run is told; <see cref="ArgsParser"/> fills it from the command line. Defaults are stated per option.</summary>
public sealed record BenchOptions
{
    /// <summary>Server to load (ignored with <see cref="StartServer"/>). Default http://127.0.0.1:5080.</summary>
    public string Address { get; init; } = "http://127.0.0.1:5080";

    /// <summary>Start the server as a child process on a loopback port, and stop it at the end. Default off.</summary>
    public bool StartServer { get; init; }

    /// <summary>Server build to start. Default src/CodeSearch.Server/bin/Release/net10.0/CodeSearch.Server.dll.</summary>
    public string? ServerDll { get; init; }

    /// <summary>Index directory for the started server (CodeSearch__Data__IndexDirectory). Default CODESEARCH_INDEX_DIR or artifacts/load-index.</summary>
    public string? IndexDirectory { get; init; }

    /// <summary>Official files (CodeSearch__Data__SourceDirectory). Default CODESEARCH_SHARED_CODESETS or ../shared/codesets.</summary>
    public string? SourceDirectory { get; init; }

    /// <summary>Loopback port for the started server. Default 5090.</summary>
    public int Port { get; init; } = 5090;

    /// <summary>GrpcChannels, one HTTP/2 connection each; calls are spread round-robin. Default 1.</summary>
    public int Connections { get; init; } = 1;

    /// <summary>Calls in flight (closed loop: one worker per call). Default 16.</summary>
    public int Concurrency { get; init; } = 16;

    /// <summary>Measured seconds per scenario, unless <see cref="Requests"/> is set. Default 10.</summary>
    public double DurationSeconds { get; init; } = 10;

    /// <summary>Calls per scenario instead of a duration. Default unset.</summary>
    public int? Requests { get; init; }

    /// <summary>Unmeasured seconds before each scenario. Default 2.</summary>
    public double WarmupSeconds { get; init; } = 2;

    /// <summary>Scenarios run one RPC at a time, in this order; health always runs first. Default all.</summary>
    public IReadOnlyList<RpcKind> Scenarios { get; init; } = RpcNames.All;

    /// <summary>Optional mixed scenario after the single ones. Default none.</summary>
    public MixSpec? Mix { get; init; }

    /// <summary>Optional open-loop run at a fixed rate after the closed-loop ones. Default none.</summary>
    public RateSpec? Rate { get; init; }

    /// <summary>The RPC the open-loop run calls (a unary one). Default suggest.</summary>
    public RpcKind RateRpc { get; init; } = RpcKind.Suggest;

    /// <summary>CodiEsp-style JSONL whose "text" fields are the notes. Default ../shared/eval/codiesp/codiesp-d-dev.jsonl.</summary>
    public string? NotesFile { get; init; }

    /// <summary>JSONL whose "text" fields are search phrases and "gold" fields codes. Default ../shared/eval/do/do-icd10cm-dev.jsonl.</summary>
    public string? PhrasesFile { get; init; }

    /// <summary>Soak: instead of the scenarios, run the mix this many times back to back (each round
    /// <see cref="DurationSeconds"/> long) and sample the server's memory after each. Default 0 (off); needs a mix.</summary>
    public int SoakRounds { get; init; }

    /// <summary>Where load-&lt;time&gt;.json and .png go. Default artifacts/bench.</summary>
    public string? OutputDirectory { get; init; }
}
