using System.Diagnostics;
using System.Runtime.InteropServices;
using Grpc.Health.V1;
using Grpc.Net.Client;

namespace CodeSearch.LoadHarness.Hosting;

/// <summary>
/// The server as a child process: <c>dotnet CodeSearch.Server.dll --urls http://127.0.0.1:PORT</c> in Production with
/// the given index and source directories and downloads off. Its output goes to a log file (the server never logs note
/// text). Stopped with SIGTERM (graceful), then killed after 15 s; killed too if the harness itself is interrupted.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private ServerProcess(Process process, StreamWriter log, string address, TaskCompletionSource warmed)
    {
        _process = process;
        _log = log;
        Address = address;
        _warmed = warmed;
    }

    /// <summary>
    /// The server's line saying its start-up is complete (event 4882: dictionaries warmed, heap compacted). Health says
    /// SERVING before that; the warm-up after it takes seconds of CPU that would otherwise be measured as load.
    /// </summary>
    public const string StartupCompleteMarker = "StartupTimeline[4882]";

    private readonly TaskCompletionSource _warmed;

    /// <summary>Waits for <see cref="StartupCompleteMarker"/> in the server's output; false if it did not come in time.</summary>
    public async Task<bool> WaitWarmedAsync(TimeSpan timeout)
    {
        var done = await Task.WhenAny(_warmed.Task, Task.Delay(timeout));
        return done == _warmed.Task;
    }

    public string Address { get; }

    public int Pid => _process.Id;

    public static ServerProcess Start(string serverDll, string indexDirectory, string sourceDirectory, int port, string logFile)
    {
        if (!File.Exists(serverDll)) throw new FileNotFoundException($"server build not found: {serverDll} (dotnet build src/CodeSearch.Server -c Release)");
        var address = $"http://127.0.0.1:{port}";
        var info = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { serverDll, "--urls", address },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(serverDll)!,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["CodeSearch__Data__IndexDirectory"] = indexDirectory;
        info.Environment["CodeSearch__Data__SourceDirectory"] = sourceDirectory;
        info.Environment["CodeSearch__Data__DownloadMissing"] = "false";
        // Flushed about once a second rather than per line: the server's access log writes a line per call, and a write
        // per line here would spend the shared cores on the harness's own file I/O (docs/benchmarks.md).
        var log = new StreamWriter(logFile);
        var process = Process.Start(info) ?? throw new InvalidOperationException("the server did not start");
        var warmed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line && !warmed.Task.IsCompleted && line.Contains(StartupCompleteMarker, StringComparison.Ordinal)) warmed.TrySetResult();
            Write(log, e.Data);
        };
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        // Ctrl+C or SIGTERM on the harness ends it without running finally blocks: do not leave the server behind.
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                if (!process.HasExited) process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
            }
        };
        return new ServerProcess(process, log, address, warmed);
    }

    /// <summary>Polls the health Check until SERVING; returns the seconds it took.</summary>
    public async Task<double> WaitServingAsync(TimeSpan timeout)
    {
        var started = Stopwatch.GetTimestamp();
        using var channel = GrpcChannel.ForAddress(Address);
        var health = new Health.HealthClient(channel);
        while (Stopwatch.GetElapsedTime(started) < timeout)
        {
            if (_process.HasExited) throw new InvalidOperationException($"the server exited with code {_process.ExitCode} (see its log)");
            try
            {
                var reply = await health.CheckAsync(new HealthCheckRequest(), deadline: DateTime.UtcNow.AddSeconds(2));
                if (reply.Status == HealthCheckResponse.Types.ServingStatus.Serving) return Stopwatch.GetElapsedTime(started).TotalSeconds;
            }
            catch (Grpc.Core.RpcException)
            {
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"the server was not SERVING after {timeout.TotalSeconds:0} s");
    }

    public MemorySample? Memory() => MemorySample.Read(_process.Id);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _ = Kill(_process.Id, 15);
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try
            {
                await _process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }
        _process.Dispose();
        await _log.DisposeAsync();
    }

    private static long _lastFlush = Stopwatch.GetTimestamp();

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null) return;
        lock (log)
        {
            log.WriteLine(line);
            if (Stopwatch.GetElapsedTime(_lastFlush) < TimeSpan.FromSeconds(1)) return;
            log.Flush();
            _lastFlush = Stopwatch.GetTimestamp();
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
