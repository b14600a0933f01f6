using CodeSearch.Suggestions.Matching;
using CodeSearch.Suggestions.Ranking;

namespace CodeSearch.Suggestions.Engine;

/// <summary>The short human-readable reason given with a suggestion: which words matched which wording.</summary>
public static class Rationale
{
    /// <summary>E.g. <c>"HTN" matched index term "Hypertension" (1 mention)</c>.</summary>
    public static string For(ScoredCandidate candidate, string text)
    {
        var best = candidate.Best;
        var said = text.Substring(best.Evidence.Start, best.Evidence.Length);
        if (said.Length > 80) said = said[..77] + "...";
        var wording = best.Term.Source switch
        {
            TermSource.Description => $"description \"{best.Term.Text}\"",
            TermSource.Synonym => $"index/inclusion term \"{best.Term.Text}\"",
            TermSource.Guideline => $"guideline phrase \"{best.Term.Text}\"",
            TermSource.NeoplasmTable => best.Term.Text,
            TermSource.Neighbour => FormattableString.Invariant($"no wording; {candidate.Context.NeighbourVote:P0} of the most similar train notes were coded with it"),
            TermSource.Sibling => best.Term.Text,
            TermSource.Composed => $"procedure built from its parts \"{best.Term.Text}\"",
            _ => $"phrase \"{best.Term.Text}\" learned from {best.Term.LearnedSupport} coded train notes ({best.Term.LearnedPrecision:P0} precision)",
        };
        var coverage = best.Coverage >= 0.999f ? "" : $", {best.Coverage:P0} of its essential words";
        var via = best.ViaAbbreviation ? " (abbreviation expanded)" : "";
        var count = candidate.Basis.Count;
        var rule = candidate.Derived is { } d ? $"{d.Kind.ToString().ToLowerInvariant()} rule ({d.Notes}): " : "";
        var floor = candidate.LearnedScore is { } learned
            ? FormattableString.Invariant($"; guideline score floor {Guidelines.RuleScoreFloor.Value:0.00} (learned score {learned:0.00})")
            : "";
        return $"{rule}\"{said}\"{via} matched {wording}{coverage}; {count} mention{(count == 1 ? "" : "s")}{floor}";
    }
}
