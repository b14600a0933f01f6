using System.Reflection;
using Microsoft.Extensions.Logging;

namespace CodeSearch.Server.Tests.Logging;

/// <summary>Every logger message has an event id, unique across every CodeSearch assembly (docs/logging.md holds the ranges).</summary>
public class LogEventIdTests
{
    [Fact]
    public void EveryLoggerMessage_HasAnEventIdNoOtherMessageUses()
    {
        var messages = Directory.GetFiles(AppContext.BaseDirectory, "CodeSearch.*.dll")
            .Where(path => !Path.GetFileName(path).Contains(".Tests", StringComparison.Ordinal))
            .Select(path => Assembly.LoadFrom(path))
            .SelectMany(SafeTypes)
            .SelectMany(type => type.GetMethods(BindingFlags.Static | BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Select(method => (Method: method, Attribute: method.GetCustomAttribute<LoggerMessageAttribute>()))
            .Where(m => m.Attribute is not null)
            .Select(m => (Id: m.Attribute!.EventId, Name: $"{m.Method.DeclaringType!.FullName}.{m.Method.Name}"))
            .ToList();

        var withoutId = messages.Where(m => m.Id <= 0).Select(m => m.Name).ToList();
        var duplicates = messages.Where(m => m.Id > 0).GroupBy(m => m.Id).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(m => m.Name))}").ToList();

        Assert.True(messages.Count > 30, $"only {messages.Count} logger messages found in {AppContext.BaseDirectory}");
        Assert.Contains(messages, m => m.Name.Contains("Importer", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Name.Contains("Indexing", StringComparison.Ordinal));
        Assert.True(withoutId.Count == 0, "Logger messages without an event id:\n" + string.Join("\n", withoutId));
        Assert.True(duplicates.Count == 0, "Event ids used twice:\n" + string.Join("\n", duplicates));
    }

    private static IEnumerable<Type> SafeTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            return ex.Types.OfType<Type>();
        }
    }
}
