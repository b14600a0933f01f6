using CodeSearch.Fuzz;

// Bounded fuzzing of the importers and the note pipeline; see docs/operations.md#fuzzing.
//   dotnet run --project fuzz/CodeSearch.Fuzz -c Release -- --target order-file --seconds 60 --seed 1
var options = FuzzOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(FuzzOptions.Usage);
    return 64;
}
if (options.List)
{
    foreach (var t in Targets.All) Console.WriteLine($"{t.Name,-16} {t.Description}");
    return 0;
}
var targets = options.Target == "all" ? Targets.All : Targets.All.Where(t => t.Name == options.Target).ToList();
if (targets.Count == 0)
{
    Console.Error.WriteLine($"unknown target '{options.Target}'; --list shows them");
    return 64;
}
return options.Mode switch
{
    FuzzMode.Afl => SharpFuzzEntry.RunAfl(targets[0]),
    FuzzMode.LibFuzzer => SharpFuzzEntry.RunLibFuzzer(targets[0]),
    FuzzMode.Repro => Repro.Run(targets[0], options.ReproPath!),
    FuzzMode.WriteSeeds => Repro.WriteSeeds(targets, options.OutDirectory),
    _ => targets.Select(t => new MutationRunner(t, options).Run()).Max(),
};
