using System.CommandLine;
using CodeSearch.Cli.Commands;

var root = new RootCommand("codesearch: fetch the official code sets, build the index, look codes up and search them.")
{
    FetchCommand.Create(),
    IndexCommand.Create(),
    GetCommand.Create(),
    SearchCommand.Create(),
    HealthCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
