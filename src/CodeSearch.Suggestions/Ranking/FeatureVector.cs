using CodeSearch.Core;
using CodeSearch.Suggestions.Matching;
using CodeSearch.Suggestions.Sections;

namespace CodeSearch.Suggestions.Ranking;

/// <summary>
/// The ranking features of a code candidate (docs/suggestions.md lists them). The order is part of the model file
/// format: <see cref="Names"/> is written next to the weights and checked when a model is read.
/// </summary>
public static class FeatureVector
{
    /// <summary>Feature names in vector order.</summary>
    public static readonly string[] Names =
    [
        "coverage", "full_match", "compactness", "description", "synonym", "learned_only", "learned_precision",
        "learned_support", "mentions", "diagnostic_section", "possible_only", "excluded", "billable", "train_prior",
        "term_words", "via_abbreviation", "category", "terms_matched", "external_cause", "code_precision", "subsumed", "term_precision",
        "runner_up", "category_rivals", "strongest_in_category", "chapter", "code_length", "topic", "chronic_history",
        "guideline_phrase", "derived_family", "derived_history", "derived_combination", "pcs_composed",
    ];

    /// <summary>Position of "code_precision", which the learner replaces with its leave-one-out value.</summary>
    public static readonly int CodePrecision = Array.IndexOf(Names, "code_precision");

    /// <summary>Position of "term_precision", which the learner replaces with its leave-one-out value.</summary>
    public static readonly int TermPrecision = Array.IndexOf(Names, "term_precision");

    /// <summary>The feature values of <paramref name="candidate"/>.</summary>
    public static double[] Of(CodeCandidate candidate, TermDictionary dictionary, CodePriors priors)
    {
        var basis = candidate.Basis;
        var best = basis.OrderByDescending(m => m.Coverage).ThenByDescending(m => m.Compactness).First();
        var bestDictionary = basis.Where(m => m.Term.Source != TermSource.Learned)
            .OrderByDescending(m => m.Coverage).FirstOrDefault();
        var learnedPrecision = basis.Max(m => m.Term.Source == TermSource.Learned ? m.Term.LearnedPrecision : m.LearnedPrecision);
        var learnedSupport = basis.Max(m => m.Term.Source == TermSource.Learned ? m.Term.LearnedSupport : m.LearnedSupport);
        var code = candidate.Code;
        return
        [
            best.Coverage,
            best.Coverage >= 0.999f ? 1 : 0,
            best.Compactness,
            bestDictionary?.Term.Source == TermSource.Description ? 1 : 0,
            bestDictionary?.Term.Source == TermSource.Synonym ? 1 : 0,
            bestDictionary is null ? 1 : 0,
            learnedPrecision,
            Math.Log(1 + learnedSupport),
            Math.Log(1 + basis.Select(m => m.Sentence).Distinct().Count()),
            basis.Any(m => IsDiagnostic(m.Section)) ? 1 : 0,
            !candidate.Excluded && basis.All(m => m.Assertion == Assertion.AssertionKind.Possible) ? 1 : 0,
            candidate.Excluded ? 1 : 0,
            code.Billable ? 1 : 0,
            Math.Log(1 + priors.Count(code.System, code.Code)),
            Math.Log(best.Term.Required.Length),
            basis.Any(m => m.ViaAbbreviation) ? 1 : 0,
            code.Code.Length == 3 ? 1 : 0,
            Math.Log(basis.Select(m => m.TermId).Distinct().Count()),
            code.System == CodeSystemId.Icd10Cm && code.Code[0] is 'V' or 'W' or 'X' or 'Y' ? 1 : 0,
            priors.Precision(code.System, code.Code),
            basis.All(m => m.Subsumed) ? 1 : 0,
            priors.TermPrecision(code.System, code.Code, best.Term.Text),
            basis.All(m => m.RunnerUp) ? 1 : 0,
            Math.Log(1 + candidate.CategoryRivals),
            candidate.StrongestInCategory ? 1 : 0,
            Chapter(code),
            code.Code.Length,
            candidate.Topic,
            !candidate.Excluded && basis.All(m => m.Assertion == Assertion.AssertionKind.Historical) ? 1 : 0,
            basis.Any(m => m.Term.Source == TermSource.Guideline) ? 1 : 0,
            candidate.Derived?.Kind == Guidelines.DerivedRuleKind.Family ? 1 : 0,
            candidate.Derived?.Kind == Guidelines.DerivedRuleKind.History ? 1 : 0,
            candidate.Derived?.Kind == Guidelines.DerivedRuleKind.Combination ? 1 : 0,
            basis.Any(m => m.Term.Source == TermSource.Composed) ? 1 : 0,
        ];
    }

    // The first character as a number (ICD-10-CM chapter letter; ICD-10-PCS section), for the trees to split on:
    // how often codes of a chapter are right differs (symptom codes in R less often than diagnoses).
    private static double Chapter(MedicalCode code) => code.Code.Length == 0 ? 0
        : char.IsAsciiLetterUpper(code.Code[0]) ? code.Code[0] - 'A' + 10 : char.IsAsciiDigit(code.Code[0]) ? code.Code[0] - '0' : 0;

    private static bool IsDiagnostic(SectionKind kind) => kind is SectionKind.Assessment or SectionKind.AssessmentAndPlan
        or SectionKind.Diagnoses or SectionKind.ChiefComplaint;
}
