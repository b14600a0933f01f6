using System.Diagnostics;
using System.Security.Cryptography;

namespace CodeSearch.Fuzz;

/// <summary>
/// The built-in bounded fuzzer: mutates the target's seeds for a fixed time, keeps inputs that give a new outcome
/// (a new exception message shape) as further seeds, and saves every distinct crash with its stack trace. The input
/// being run is also kept in <c>current.bin</c>, so a crash that kills the process (stack overflow) is not lost, and a
/// watchdog saves an input that runs past the timeout and stops.
/// </summary>
internal sealed class MutationRunner(FuzzTarget target, FuzzOptions options)
{
    private readonly string _out = Path.Combine(options.OutDirectory, target.Name);
    private readonly Dictionary<string, string> _crashes = [];
    private readonly HashSet<string> _outcomes = [];
    private volatile byte[] _input = [];

    /// <returns>0 when no crash was found, 1 otherwise.</returns>
    public int Run()
    {
        Directory.CreateDirectory(_out);
        var random = new Random(options.Seed);
        var mutator = new Mutator(random, target.Tokens, options.MaxLength);
        var corpus = new List<byte[]>(target.Seeds);
        using var current = new FileStream(Path.Combine(_out, "current.bin"), FileMode.Create, FileAccess.Write, FileShare.Read);
        var clock = Stopwatch.StartNew();
        var running = Stopwatch.StartNew();
        using var watchdog = new Timer(_ => CheckTimeout(running), null, 1000, 1000);
        long executions = 0;
        foreach (var seed in target.Seeds) Execute(seed, corpus, current, running, ref executions);
        var accepted = target.Seeds.Count(seed => Outcome(seed, out _) == "ok");
        if (accepted < target.Seeds.Count) Console.WriteLine($"{target.Name}: warning: only {accepted} of {target.Seeds.Count} seeds are accepted");
        while (clock.Elapsed.TotalSeconds < options.Seconds)
        {
            Execute(mutator.Mutate(corpus[random.Next(corpus.Count)], corpus), corpus, current, running, ref executions);
        }
        Console.WriteLine($"{target.Name}: {clock.Elapsed.TotalSeconds:F0} s, {executions:N0} executions, corpus {corpus.Count}, " +
                          $"{_crashes.Count} distinct crash(es){(_crashes.Count > 0 ? " in " + _out : "")}");
        foreach (var (signature, file) in _crashes) Console.WriteLine($"  {file}: {signature}");
        return _crashes.Count == 0 ? 0 : 1;
    }

    private void Execute(byte[] input, List<byte[]> corpus, FileStream current, Stopwatch running, ref long executions)
    {
        _input = input;
        current.Seek(0, SeekOrigin.Begin);
        current.Write(input);
        current.SetLength(input.Length);
        running.Restart();
        var outcome = Outcome(input, out var crash);
        running.Reset();
        executions++;
        if (crash is not null) SaveCrash(input, crash);
        else if (_outcomes.Add(outcome) && corpus.Count < 5000) corpus.Add(input);
    }

    /// <summary>A coarse outcome: "ok", or the exception type and message with digits and quoted text removed.</summary>
    private string Outcome(byte[] input, out Exception? crash)
    {
        crash = null;
        try
        {
            target.Run(input);
            return "ok";
        }
        catch (Exception ex) when (target.IsExpected(ex))
        {
            return ex.GetType().Name + ":" + Shape(ex.Message);
        }
        catch (Exception ex)
        {
            crash = ex;
            return "crash";
        }
    }

    private static string Shape(string message)
    {
        var colon = message.IndexOf(": ", StringComparison.Ordinal); // drop "source line N: "
        var text = colon >= 0 ? message[(colon + 2)..] : message;
        var quote = text.IndexOf('\'');
        return new string((quote >= 0 ? text[..quote] : text).Where(c => !char.IsDigit(c)).Take(60).ToArray());
    }

    private void SaveCrash(byte[] input, Exception crash)
    {
        var frame = crash.StackTrace?.Split('\n').FirstOrDefault(l => l.Contains("CodeSearch.", StringComparison.Ordinal))?.Trim() ?? "";
        var signature = $"{crash.GetType().FullName} at {frame}";
        if (_crashes.ContainsKey(signature)) return;
        var name = "crash-" + Convert.ToHexString(SHA256.HashData(input))[..16].ToLowerInvariant();
        File.WriteAllBytes(Path.Combine(_out, name + ".bin"), input);
        File.WriteAllText(Path.Combine(_out, name + ".txt"), crash.ToString());
        _crashes[signature] = name + ".bin";
    }

    private void CheckTimeout(Stopwatch running)
    {
        if (running.ElapsedMilliseconds <= options.TimeoutMs) return;
        var bytes = _input;
        var name = "timeout-" + Convert.ToHexString(SHA256.HashData(bytes))[..16].ToLowerInvariant() + ".bin";
        File.WriteAllBytes(Path.Combine(_out, name), bytes);
        Console.WriteLine($"{target.Name}: an input ran over {options.TimeoutMs} ms; saved as {Path.Combine(_out, name)}; stopping");
        Environment.Exit(2);
    }
}
