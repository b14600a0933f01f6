using System.CommandLine;
using CodeSearch.Core;
using CodeSearch.Core.Catalog;
using CodeSearch.Core.Errors;

namespace CodeSearch.Cli.Commands;

/// <summary>`codesearch get SYSTEM CODE`: one code with its hierarchy, from the local index.</summary>
internal static class GetCommand
{
    public static Command Create()
    {
        var system = new Argument<string>("system") { Description = "icd10cm, icd10pcs, hcpcs or cpt" };
        var code = new Argument<string>("code") { Description = "The code, dotted or not (E11.9, E119)" };
        var date = new Option<string?>("--date") { Description = "Date of service, yyyy-MM-dd" };
        var indexDir = CommonOptions.IndexDir();
        var command = new Command("get", "Look a code up in the local index.") { system, code, date, indexDir };
        command.SetAction(result =>
        {
            using var local = LocalIndex.Open(result.GetValue(indexDir)!);
            try
            {
                var details = new CodeLookupService(local, TimeProvider.System).Get(
                    SystemArgument.Parse(result.GetValue(system)!), result.GetValue(code), SystemArgument.Date(result.GetValue(date)));
                var c = details.Code;
                Console.WriteLine($"{c.System.DisplayName()} {c.DisplayCode}  {(c.Billable ? "billable" : c.Kind.ToString().ToLowerInvariant())}  [{details.Release.Release.DisplayName}]");
                Console.WriteLine($"  {c.Description}");
                foreach (var p in details.Ancestors) Console.WriteLine($"  parent: {p.DisplayCode} {p.Description}");
                foreach (var k in details.Children) Console.WriteLine($"  child:  {k.DisplayCode} {k.Description}");
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
