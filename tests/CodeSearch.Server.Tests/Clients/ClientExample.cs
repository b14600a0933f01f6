using System.Diagnostics;
using CodeSearch.Server.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CodeSearch.Server.Tests.Clients;

/// <summary>
/// What the client-example tests share: a sample-data server on a real loopback port, and running an example program
/// outside .NET with its output (standard output then standard error) and a bounded wait.
/// </summary>
internal static class ClientExample
{
    private static readonly TimeSpan ProgramTimeout = TimeSpan.FromSeconds(90);

    /// <summary>Starts a server on the sample data with Kestrel on a loopback port; returns it with its address
    /// ("http://127.0.0.1:port").</summary>
    public static async Task<(ConfiguredServerFactory Server, string Address)> StartServerAsync()
    {
        var factory = new ConfiguredServerFactory(new Dictionary<string, string?>(), kestrel: true);
        await factory.WaitUntilServingAsync(TimeSpan.FromSeconds(60));
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (factory, address);
    }

    /// <summary>Runs <paramref name="program"/> in <paramref name="workingDirectory"/>; a missing program fails with
    /// <paramref name="whenMissing"/>.</summary>
    /// <summary>The lines every client example prints the same way against the sample server: a unary lookup, the
    /// data source, the second page, the error details of a bad page size, the first streamed note, and "done".</summary>
    public static void AssertSharedOutput(string output)
    {
        Assert.Contains("unary: E11.9 Type 2 diabetes mellitus without complications", output);
        Assert.Contains("data: sample", output);
        Assert.Contains("paging: page 2: ", output);
        Assert.Contains("error: INVALID_ARGUMENT BadRequest field=page_size: ", output);
        Assert.Contains("stream: note-1: E11.9", output);
        Assert.EndsWith("done", output.Trim());
    }

    public static async Task<(int ExitCode, string Output)> RunAsync(
        string program, string workingDirectory, string whenMissing, params string[] arguments)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException(whenMissing, ex);
        }
        using (process)
        {
            using var timeout = new CancellationTokenSource(ProgramTimeout);
            var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            return (process.ExitCode, await stdout + await stderr);
        }
    }
}
