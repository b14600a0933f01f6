using System.CommandLine;
using CodeSearch.Core;
using CodeSearch.Core.Errors;
using CodeSearch.Core.Search;

namespace CodeSearch.Cli.Commands;

/// <summary>`codesearch search QUERY`: ranked search over the local index, as SearchCodes does it.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "Free text or a code prefix" };
        var systems = new Option<string[]>("--system") { Description = "Limit to systems (repeatable)", AllowMultipleArgumentsPerToken = true };
        var billable = new Option<bool>("--billable-only") { Description = "Only reportable codes" };
        var limit = new Option<int>("--limit") { Description = "Results to show", DefaultValueFactory = _ => 10 };
        var date = new Option<string?>("--date") { Description = "Date of service, yyyy-MM-dd" };
        var indexDir = CommonOptions.IndexDir();
        var command = new Command("search", "Search the local index.") { query, systems, billable, limit, date, indexDir };
        command.SetAction(result =>
        {
            using var local = LocalIndex.Open(result.GetValue(indexDir)!);
            try
            {
                // The same normalisation as SearchCodes and the eval command.
                var request = new CodeSearchQuery(QueryText.Normalize(result.GetValue(query)!),
                    (result.GetValue(systems) ?? []).Select(SystemArgument.Parse).ToList(),
                    result.GetValue(billable), 0, Math.Clamp(result.GetValue(limit), 1, 100), SystemArgument.Date(result.GetValue(date)));
                var page = new CodeSearchService(local, TimeProvider.System).Search(request);
                if (page.UnderstoodAs is { } understood) Console.WriteLine($"Results for: {understood}");
                foreach (var hit in page.Hits)
                {
                    var c = hit.Code;
                    Console.WriteLine($"{hit.Score,8:F2}  {c.System.DisplayName(),-10} {c.DisplayCode,-9} {(c.Billable ? "B" : "-")}  {c.Description}");
                }
                return 0;
            }
            catch (CodeSearchException ex)
            {
                Console.Error.WriteLine(ex.Message);
                return 1;
            }
        });
        return command;
    }
}
