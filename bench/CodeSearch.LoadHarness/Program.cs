using CodeSearch.LoadHarness.Options;
using CodeSearch.LoadHarness.Running;

// Load generator over real gRPC; see docs/benchmarks.md. Prints figures only, never note or query text.
BenchOptions options;
try
{
    options = ArgsParser.Parse(args);
}
catch (FormatException ex)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(ArgsParser.Usage);
    return 2;
}
return await BenchRun.ExecuteAsync(options);
