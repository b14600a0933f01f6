using System.CommandLine;
using CodeSearch.Cli.Commands;

var root = new RootCommand("codesearch: fetch the official code sets, build the index, look codes up, search them and evaluate quality.")
{
    FetchCommand.Create(),
    IndexCommand.Create(),
    GetCommand.Create(),
    SearchCommand.Create(),
    HealthCommand.Create(),
    EvalCommand.Create(),
    LearnCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
