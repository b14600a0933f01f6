using CodeSearch.Suggestions.Engine;
using CodeSearch.Suggestions.Matching;
using CodeSearch.Suggestions.Ranking;
using AssertionKind = CodeSearch.Suggestions.Assertion.AssertionKind;

namespace CodeSearch.Suggestions.Guidelines;

/// <summary>
/// The score floor of codes the ICD-10-CM Official Guidelines assign from an explicit, non-negated statement
/// (docs/suggestions.md, "Guideline rules"). The learned ranker is fitted on CodiEsp, whose coders seldom assigned
/// history and status codes, so it scores them low (Z79.4 from "on insulin" about 0.09); the product's default policy
/// is the US guidelines, which say these codes are assigned. A candidate gets <see cref="Value"/> instead of its learned
/// score when that is lower and one of these holds:
/// <list type="bullet">
/// <item>a family or history rule derived it (its mentions are family or historical statements, never negated ones);</item>
/// <item>a guideline phrase or a stated BMI matched in a mention asserted <see cref="AssertionKind.Present"/> (not
/// possible, negated or historical).</item>
/// </list>
/// Status codes of an operation (Z90 acquired absence, Z93 artificial opening) keep their learned score too: in a note
/// that states the operation ("a radical nephrectomy was performed"), it is this episode's procedure, coded as the
/// procedure; the status holds on later encounters, where the note states it as history (historical mentions are never
/// floored). Combination codes keep their learned score: the guidelines ask for them, but coders of the training notes often
/// kept the parts, and the parts stay candidates. Every other code keeps its calibrated score; a floored code's
/// score is a rule's statement, not a probability, and its rationale says so.
/// </summary>
public static class RuleScoreFloor
{
    /// <summary>The floor: just above <see cref="SuggestionLimits.DefaultMinScore"/>, so such codes pass the default
    /// filter and rank under every code the ranker is confident about.</summary>
    public const double Value = SuggestionLimits.DefaultMinScore + 0.01;

    /// <summary>Code prefixes (undotted ICD-10-CM) of operation status codes a guideline phrase proposes without the floor.</summary>
    public static readonly IReadOnlyList<string> OperationStatusPrefixes = ["Z90", "Z93"];

    /// <summary>True when <paramref name="candidate"/> is a code a guideline rule assigns from an explicit statement.</summary>
    public static bool Applies(CodeCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        if (candidate.Excluded) return false;
        if (candidate.Derived?.Kind is DerivedRuleKind.Family or DerivedRuleKind.History) return true;
        if (OperationStatusPrefixes.Any(p => candidate.Code.Code.StartsWith(p, StringComparison.Ordinal))) return false;
        return candidate.Asserted.Any(m => (m.Term.Source == TermSource.Guideline || m.GuidelineMatched) && m.Assertion == AssertionKind.Present);
    }

    /// <summary>Replaces every qualifying candidate by one scored <see cref="Value"/> that keeps the learned score.</summary>
    public static void Apply(List<ScoredCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.Score >= Value || !Applies(c.Candidate)) continue;
            candidates[i] = c with { Score = Value, LearnedScore = c.Score };
        }
    }
}
