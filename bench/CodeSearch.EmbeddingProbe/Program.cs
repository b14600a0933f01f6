using CodeSearch.EmbeddingProbe;

// Usage (see docs/suggestions.md, "Embedding experiment"):
//   vectors --index-dir DIR --cache FILE [--threads N] [--billable-only]
//   recall  --index-dir DIR --cache FILE --dataset FILE.jsonl [--threads N] [--limit N]
var options = ProbeOptions.Parse(args);
return options.Command switch
{
    "vectors" => VectorsCommand.Run(options),
    "recall" => RecallCommand.Run(options),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: vectors|recall --index-dir DIR --cache FILE [--dataset FILE] [--threads N] [--limit N] [--billable-only]");
    return 2;
}
