using System.Diagnostics;
using CodeSearch.Server.Tests.Support;
using CodeSearch.Tests;
using CodeSearch.V1;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CodeSearch.Server.Tests.DataNotices;

/// <summary>Configured data paths either exist or stop the server naming their absolute path; relative paths mean the user's directory.</summary>
public class DataPathTests
{
    [Fact]
    public void ConfiguredSourceDirectoryMissing_StartFailsNamingTheAbsolutePath()
    {
        var relative = Path.Combine("no-such-mirror-" + Guid.NewGuid().ToString("N"), "codesets");
        using var factory = new CodeSearchServerFactory(sourceDirectory: relative);

        var ex = Assert.ThrowsAny<OptionsValidationException>(() => factory.Server);

        Assert.Contains("CodeSearch:Data:SourceDirectory", ex.Message);
        Assert.Contains($"'{Path.GetFullPath(relative)}' does not exist", ex.Message);
    }

    [Fact]
    public void ConfiguredManifestMissing_StartFailsNamingTheAbsolutePath()
    {
        var missing = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "sources.json");
        using var factory = new CodeSearchServerFactory(overrides: new Dictionary<string, string?> { ["CodeSearch:Data:ManifestPath"] = missing });

        var ex = Assert.ThrowsAny<OptionsValidationException>(() => factory.Server);

        Assert.Contains($"'{missing}' does not exist", ex.Message);
    }

    [Fact]
    public async Task NoOfficialFiles_FirstLineSaysHowToGetRealData()
    {
        var logs = new CapturingLoggerProvider();
        using var factory = new ConfiguredServerFactory(new Dictionary<string, string?>(), logs: logs);

        await factory.WaitUntilServingAsync(TimeSpan.FromSeconds(60));

        var first = logs.Lines.First(l => l.Contains(" CodeSearch."));
        Assert.Contains("[4400] No official release files in", first);
        Assert.Contains("fetch", first);
        Assert.Contains("CodeSearch__Data__SourceDirectory", first);
        Assert.Contains(logs.Lines, l => l.Contains("[4401] Data: official files from '" + Path.Combine(factory.TempRoot, "sources") + "'"));
    }

    [Fact]
    public async Task DataProtection_KeysInMemory_NoWarningAtStart()
    {
        var logs = new CapturingLoggerProvider();
        using var factory = new ConfiguredServerFactory(new Dictionary<string, string?>(), logs: logs, logLevel: LogLevel.Warning);
        await factory.WaitUntilServingAsync(TimeSpan.FromSeconds(60));

        // No key is made at start (data protection's hosted service is not registered: nothing here uses it, and its XML
        // kept System.Private.Xml mapped); one made on first use, which with the defaults logs a warning, does not.
        Assert.DoesNotContain(factory.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>(),
            s => s.GetType().FullName == CodeSearch.Server.DataNotices.DataNoticeRegistration.DataProtectionHostedService);
        var keys = factory.Services.GetRequiredService<IOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>>().Value;
        Assert.Empty(keys.XmlRepository!.GetAllElements());
        var protector = Microsoft.AspNetCore.DataProtection.DataProtectionCommonExtensions.CreateProtector(
            factory.Services.GetRequiredService<Microsoft.AspNetCore.DataProtection.IDataProtectionProvider>(), "test");
        Assert.Equal("round trip", protector.Unprotect(protector.Protect("round trip")));
        Assert.NotEmpty(keys.XmlRepository!.GetAllElements());
        Assert.DoesNotContain(logs.Lines, l => l.Contains("DataProtection", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DotnetRun_RunsInTheCallersDirectory_NotTheProjectFolder()
    {
        // The Web SDK would run `dotnet run` inside src/CodeSearch.Server, where a relative ../shared/codesets or the
        // data/sources written by `codesearch fetch` are not found. An empty RunWorkingDirectory means the caller's.
        var project = Path.Combine(TestPaths.RepoRoot, "src", "CodeSearch.Server", "CodeSearch.Server.csproj");
        var start = new ProcessStartInfo("dotnet", ["msbuild", project, "-getProperty:RunWorkingDirectory"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(0, process.ExitCode);
        Assert.Equal("", output.Trim());
    }
}
