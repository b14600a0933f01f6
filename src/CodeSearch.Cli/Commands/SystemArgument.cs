using System.CommandLine;
using CodeSearch.Core;

namespace CodeSearch.Cli.Commands;

/// <summary>Parses code system names (icd10cm, icd10pcs, hcpcs, cpt).</summary>
internal static class SystemArgument
{
    public static CodeSystemId Parse(string text) => CodeSystemNames.TryParseKey(text, out var system)
        ? system
        : throw new ArgumentException($"unknown code system '{text}': use icd10cm, icd10pcs, hcpcs or cpt");

    public static DateOnly? Date(string? text) => text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd");
}
