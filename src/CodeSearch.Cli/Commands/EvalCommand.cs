using System.CommandLine;
using CodeSearch.Core;
using CodeSearch.Core.Errors;
using CodeSearch.Core.Search;
using CodeSearch.Evaluation.Data;
using CodeSearch.Evaluation.Matching;
using CodeSearch.Evaluation.Reports;
using CodeSearch.Evaluation.Runs;
using CodeSearch.Suggestions.Engine;
using CodeSearch.Suggestions.Learned;

namespace CodeSearch.Cli.Commands;

/// <summary>
/// `codesearch eval --dataset FILE.jsonl`: quality and speed on an evaluation file, in process, through the code the
/// server runs (SuggestionEngine and CodeSearchService over the local index). Notes: CodiEsp MAP, P/R/F1 at the
/// shipped defaults, calibration, throughput. Phrases: top-1/top-5 of SearchCodes and SuggestCodes, overall, per row
/// kind (when rows carry a kind field, as the everyday-query set does) and per system; each row is searched in its
/// own system. Prints numbers and codes only, never note text.
/// </summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var dataset = new Option<string>("--dataset") { Description = "JSONL evaluation file (id, text, gold, system).", Required = true };
        var kind = new Option<string?>("--kind") { Description = "notes or phrases (default: detected from the file)." };
        kind.AcceptOnlyFromAmong("notes", "phrases");
        var limit = new Option<int?>("--limit") { Description = "Evaluate only the first N documents." };
        var json = new Option<string?>("--json") { Description = "Also write the full report (per-document ids and codes) to this file." };
        var searchOnly = new Option<bool>("--search-only") { Description = "Phrase sets: score SearchCodes only (skip SuggestCodes, much faster)." };
        var modelDir = new Option<string?>("--model-dir") { Description = "Suggestion model files written by 'codesearch learn --out' (default: the embedded model)." };
        var shown = new Option<int>("--shown")
        {
            Description = "Phrase sets: SearchCodes results kept per row in the --json report (default 5, at most the default page of 20); scores stay top-1/top-5.",
            DefaultValueFactory = _ => PhraseEvaluator.ShownResults,
        };
        var indexDir = CommonOptions.IndexDir();
        var command = new Command("eval", "Evaluate suggestion and search quality and speed on a JSONL dataset.") { dataset, kind, limit, json, searchOnly, shown, modelDir, indexDir };
        command.SetAction((result, ct) =>
        {
            try
            {
                return Task.FromResult(Run(result.GetValue(dataset)!, ParseKind(result.GetValue(kind)), result.GetValue(limit),
                    result.GetValue(json), result.GetValue(searchOnly), result.GetValue(shown), result.GetValue(indexDir)!, result.GetValue(modelDir), ct));
            }
            catch (Exception ex) when (ex is CodeSearchException or FormatException or IOException)
            {
                Console.Error.WriteLine($"eval failed: {ex.Message}");
                return Task.FromResult(1);
            }
        });
        return command;
    }

    private static int Run(string path, DatasetKind? kind, int? limit, string? jsonPath, bool searchOnly, int shown, string indexDir, string? modelDir, CancellationToken ct)
    {
        var data = DatasetReader.ReadFile(path, kind).Take(limit);
        using var local = LocalIndex.Open(indexDir);
        var releases = ReleaseCodeSet.NewestPerSystem(local.Current);

        var engine = modelDir is null
            ? new SuggestionEngine(local, ConsoleLogging.Create<SuggestionEngine>())
            : new SuggestionEngine(local, SuggestionModel.ReadDirectory(modelDir), ConsoleLogging.Create<SuggestionEngine>());
        Console.WriteLine($"dataset        {Path.GetFileName(path)} ({data.Kind.ToString().ToLowerInvariant()}), index {local.Current.Generation}");
        object report;
        IEnumerable<string> lines;
        if (data.Kind == DatasetKind.Notes)
        {
            var notes = new NoteEvaluator(engine, releases).Run(data, measureThroughput: true, ct);
            (report, lines) = (notes, ReportText.Lines(notes));
        }
        else
        {
            var phrases = new PhraseEvaluator(new CodeSearchService(local, TimeProvider.System), searchOnly ? null : engine, releases, shown).Run(data, ct);
            (report, lines) = (phrases, ReportText.Lines(phrases));
        }
        foreach (var line in lines) Console.WriteLine(line);
        if (jsonPath is not null)
        {
            ReportJson.Write(new { dataset = Path.GetFileName(path), kind = data.Kind, generation = local.Current.Generation, report }, jsonPath);
            Console.WriteLine($"report written to {jsonPath}");
        }
        return 0;
    }

    private static DatasetKind? ParseKind(string? text) => text switch
    {
        "notes" => DatasetKind.Notes,
        "phrases" => DatasetKind.Phrases,
        _ => null,
    };
}
