using System.Text.Json;

namespace CodeSearch.Server.Tests.Memory;

/// <summary>
/// The GC and JIT settings the server ships with are in the runtime config its build writes (CodeSearch.Server.runtimeconfig.json,
/// copied beside the tests), where the runtime reads them at start; docs/operations.md#memory explains each.
/// </summary>
public sealed class RuntimeConfigTests
{
    private static JsonElement ConfigProperties()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "CodeSearch.Server.runtimeconfig.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").Clone();
    }

    [Fact]
    public void ServerRuntimeConfig_Gen0MaxBudget_FourMiB()
    {
        Assert.Equal(4 * 1024 * 1024, ConfigProperties().GetProperty("System.GC.Gen0MaxBudget").GetInt64());
    }

    [Fact]
    public void ServerRuntimeConfig_WorkstationGcConservingMemory()
    {
        var properties = ConfigProperties();
        Assert.False(properties.GetProperty("System.GC.Server").GetBoolean());
        Assert.Equal(9, properties.GetProperty("System.GC.ConserveMemory").GetInt32());
    }

    [Fact]
    public void ServerRuntimeConfig_TieredPgo_NotTurnedOff()
    {
        // Off, cached SearchCodes fell below 0.70 of the no-op health Check (docs/benchmarks.md).
        var properties = ConfigProperties();
        Assert.False(properties.TryGetProperty("System.Runtime.TieredPGO", out var pgo) && !pgo.GetBoolean());
    }
}
