using System.Diagnostics;
using System.Reflection;
using CodeSearch.Indexing.Generations;
using CodeSearch.Indexing.Search;
using CodeSearch.Indexing.Tests.Support;
using CodeSearch.Tests;
using Xunit.Abstractions;

namespace CodeSearch.Indexing.Tests.Generations;

/// <summary>
/// A real `codesearch index` process killed with SIGKILL in the middle of a build: the last good generation is still
/// the one CURRENT names and the next start serves it; the half-written folder is removed; a later run rebuilds cleanly.
/// </summary>
public class KilledBuildTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private static readonly System.Text.StringBuilder Errors = new();

    [Fact]
    public async Task IndexCommand_KilledMidBuild_LastGoodGenerationServedThenCleanRebuild()
    {
        using var harness = new IndexHarness();
        using var sources = new TempDirectory();
        var manifest = SyntheticSources.Write(sources.Path);
        var good = harness.Open(IndexHarness.Fixtures());
        good.Index.Dispose();

        // 1. Kill the build while Lucene is writing: its IndexWriter holds write.lock in the .building-* folder.
        using (var build = StartIndexCommand(sources.Path, manifest, harness.Root))
        {
            var building = await WaitForAsync(() => Directory.GetDirectories(harness.Root, ".building-*")
                .FirstOrDefault(d => File.Exists(Path.Combine(d, "write.lock"))), build);
            build.Kill(entireProcessTree: true); // SIGKILL on Unix: no finally blocks, no clean-up
            await build.WaitForExitAsync();
            output.WriteLine($"killed with {Directory.GetFiles(building).Length} files in {Path.GetFileName(building)}");
            Assert.True(Directory.Exists(building), "the kill left the half-written build behind");
        }
        Assert.Equal(good.Index.Generation, harness.CurrentName);

        // 2. The next start serves the last good generation without rebuilding and clears the half-written folder.
        var reopened = harness.Open(IndexHarness.Fixtures());
        Assert.False(reopened.Rebuilt);
        Assert.Equal(good.Index.Generation, reopened.Index.Generation);
        Assert.Equal([good.Index.Generation], harness.Folders);
        reopened.Index.Dispose();

        // 3. Running the build again completes: a clean generation that opens and verifies, nothing left over.
        using (var rebuild = StartIndexCommand(sources.Path, manifest, harness.Root))
        {
            Assert.True(await WaitForExitAsync(rebuild), "the rebuild did not finish");
            Assert.True(rebuild.ExitCode == 0, $"exit {rebuild.ExitCode}: {Errors}");
        }
        Assert.NotEqual(good.Index.Generation, harness.CurrentName);
        using var rebuilt = LuceneCodeIndex.Open(harness.Store.CurrentDirectory()!);
        Assert.Equal(SyntheticSources.Entries, rebuilt.Info.DocumentCount);
        Assert.Equal([harness.CurrentName!], harness.Folders);
    }

    private static Process StartIndexCommand(string sourceDir, string manifest, string indexDir)
    {
        var cli = CliPath();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { cli, "index", "--source-dir", sourceDir, "--manifest", manifest, "--index-dir", indexDir }) start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (Errors) Errors.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    // The CLI built in the same configuration as this test assembly (the project reference builds it first).
    private static string CliPath()
    {
        var configuration = typeof(KilledBuildTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        var path = Path.Combine(TestPaths.RepoRoot, "src", "CodeSearch.Cli", "bin", configuration, "net10.0", "codesearch.dll");
        Assert.True(File.Exists(path), $"{path} is missing: build the solution first");
        return path;
    }

    private static async Task<string> WaitForAsync(Func<string?> probe, Process process)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < Patience)
        {
            if (probe() is { } found) return found;
            Assert.False(process.HasExited, $"the build ended (exit {(process.HasExited ? process.ExitCode : 0)}) before it could be killed: {Errors}");
            await Task.Delay(5);
        }
        throw new TimeoutException("The build never started writing the index.");
    }

    private static async Task<bool> WaitForExitAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(Patience);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return false;
        }
    }
}
