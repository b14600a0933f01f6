using System.CommandLine;
using CodeSearch.Core;
using CodeSearch.Core.Errors;
using CodeSearch.Evaluation.Data;
using CodeSearch.Suggestions.Learning;

namespace CodeSearch.Cli.Commands;

/// <summary>
/// `codesearch learn --train FILE.jsonl [--train FILE2.jsonl] --out DIR`: learns the suggestion model (phrases, code
/// statistics, ranker weights) from coded train notes and writes Data/learned-terms.tsv, Data/code-priors.tsv and
/// Data/ranker.json (docs/suggestions.md). Deterministic for the same notes and index. Only ever give it train splits.
/// </summary>
internal static class LearnCommand
{
    public static Command Create()
    {
        var train = new Option<string[]>("--train") { Description = "Coded train notes (JSONL: id, text, gold, system); repeatable.", Required = true, AllowMultipleArgumentsPerToken = false };
        var output = new Option<string>("--out") { Description = "Folder to write the model files into.", DefaultValueFactory = _ => "src/CodeSearch.Suggestions/Data" };
        var crossValidate = new Option<bool>("--cross-validate") { Description = "Also print the cross-validated train MAP of other ranker settings (slower; changes nothing written)." };
        var crossValidateShipped = new Option<bool>("--cross-validate-shipped") { Description = "Also print the cross-validated train MAP and calibration error of the shipped ranker settings only (changes nothing written)." };
        var indexDir = CommonOptions.IndexDir();
        var command = new Command("learn", "Learn suggestion phrases and ranker weights from coded train notes.") { train, output, indexDir, crossValidate, crossValidateShipped };
        command.SetAction((result, _) =>
        {
            try
            {
                var files = result.GetValue(train)!;
                if (files.Any(f => f.Contains("dev", StringComparison.OrdinalIgnoreCase) || f.Contains("test", StringComparison.OrdinalIgnoreCase)))
                {
                    Console.Error.WriteLine("learn refuses dev and test files: learn from train splits only.");
                    return Task.FromResult(2);
                }
                var notes = files.SelectMany(f => DatasetReader.ReadFile(f, DatasetKind.Notes).Documents)
                    .Select(d => new TrainingNote(d.Id, d.Text, d.System, d.Gold.Select(g => g.Replace(".", "", StringComparison.Ordinal).ToUpperInvariant()).ToList()))
                    .ToList();
                using var local = LocalIndex.Open(result.GetValue(indexDir)!);
                var model = new ModelLearner(local) 
                {
                    CrossValidate = result.GetValue(crossValidate) ? ModelLearner.Alternatives : [],
                    CrossValidateShipped = result.GetValue(crossValidateShipped),
                }
                    .Learn(notes, Console.WriteLine);
                var provenance = $"Learned by 'codesearch learn' from {string.Join(", ", files.Select(Path.GetFileName))} "
                                 + $"({notes.Count} notes; CodiEsp, CC BY 4.0, Miranda-Escalada et al. 2020) over index {local.Current.Generation}.";
                model.Write(result.GetValue(output)!, provenance);
                Console.WriteLine($"{model.Terms.Count} phrases, {model.Priors.Stats.Count} code statistics written to {result.GetValue(output)}");
                return Task.FromResult(0);
            }
            catch (Exception ex) when (ex is CodeSearchException or FormatException or IOException or InvalidOperationException)
            {
                Console.Error.WriteLine($"learn failed: {ex.Message}");
                return Task.FromResult(1);
            }
        });
        return command;
    }
}
