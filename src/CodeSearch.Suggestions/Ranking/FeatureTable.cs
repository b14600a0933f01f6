using CodeSearch.Core;
using CodeSearch.Suggestions.Assertion;
using CodeSearch.Suggestions.Guidelines;
using CodeSearch.Suggestions.Matching;
using CodeSearch.Suggestions.Sections;

namespace CodeSearch.Suggestions.Ranking;

/// <summary>
/// Every ranking feature, in vector order, in one place: name, hand-set starting weight, meaning and computation.
/// Adding a feature is one row here (append it at the end; the order is the ranker.json format), one line in the
/// feature table of docs/suggestions.md, then <c>codesearch learn</c>: a ranker.json whose names differ is refused.
/// </summary>
public static class FeatureTable
{
    /// <summary>The features in vector order.</summary>
    public static IReadOnlyList<RankingFeature> All { get; } =
    [
        new("coverage", 3, "weighted share of the best term's required words found", f => f.Best.Coverage),
        new("full_match", 1.5, "the best mention covers its term fully", f => f.Best.Coverage >= 0.999f ? 1 : 0),
        new("compactness", 1, "matched words over word positions of the best mention's evidence", f => f.Best.Compactness),
        new("description", 0.3, "the best dictionary wording is the code's description", f => f.BestDictionary?.Term.Source == TermSource.Description ? 1 : 0),
        new("synonym", 0.2, "the best dictionary wording is a synonym", f => f.BestDictionary?.Term.Source == TermSource.Synonym ? 1 : 0),
        new("learned_only", -0.5, "only learned phrases matched", f => f.BestDictionary is null ? 1 : 0),
        new("learned_precision", 2, "precision of the best learned phrase of the code", f => f.LearnedPrecision),
        new("learned_support", 0.2, "log(1 + train support of that phrase)", f => Math.Log(1 + f.LearnedSupport)),
        new("mentions", 0.7, "log(1 + sentences mentioning the code)", f => Math.Log(1 + f.Basis.Select(m => m.Sentence).Distinct().Count())),
        new("diagnostic_section", 0.5, "a mention in chief complaint, assessment, A&P or diagnoses", f => f.Basis.Any(m => IsDiagnostic(m.Section)) ? 1 : 0),
        new("possible_only", -0.7, "every counted mention is possible", f => !f.Candidate.Excluded && f.Basis.All(m => m.Assertion == AssertionKind.Possible) ? 1 : 0),
        new("excluded", -1.5, "every mention is left out by its assertion", f => f.Candidate.Excluded ? 1 : 0),
        new("billable", 0.3, "billable code", f => f.Code.Billable ? 1 : 0),
        new("train_prior", 0.3, "log(1 + train notes coded with the code)", f => Math.Log(1 + f.Priors.Count(f.Code.System, f.Code.Code))),
        new("term_words", 0.2, "log of the best term's required words", f => Math.Log(f.Best.Term.Required.Length)),
        new("via_abbreviation", 0.3, "an abbreviation expansion supplied a matched word", f => f.Basis.Any(m => m.ViaAbbreviation) ? 1 : 0),
        new("category", 0, "3-character code", f => f.Code.Code.Length == 3 ? 1 : 0),
        new("terms_matched", 0.3, "log of distinct terms matched", f => Math.Log(f.Basis.Select(m => m.TermId).Distinct().Count())),
        new("external_cause", -1, "ICD-10-CM V-Y", f => f.Code.System == CodeSystemId.Icd10Cm && f.Code.Code[0] is 'V' or 'W' or 'X' or 'Y' ? 1 : 0),
        new("code_precision", 0, "smoothed log-odds that a proposal of the code was right in train", f => f.Priors.Precision(f.Code.System, f.Code.Code)),
        new("subsumed", 0, "every mention is subsumed by a more specific one", f => f.Basis.All(m => m.Subsumed) ? 1 : 0),
        new("term_precision", 0, "as code_precision, for the code through its best wording", f => f.Priors.TermPrecision(f.Code.System, f.Code.Code, f.Best.Term.Text)),
        new("runner_up", -0.5, "every mention is its evidence's runner-up", f => f.Basis.All(m => m.RunnerUp) ? 1 : 0),
        new("category_rivals", 0, "log(1 + other candidates in the same 3-character category)", f => Math.Log(1 + f.Context.CategoryRivals)),
        new("strongest_in_category", 0.3, "no rival in the category is supported more strongly", f => f.Context.StrongestInCategory ? 1 : 0),
        new("chapter", 0, "first character as a number (chapter letter, PCS section)", f => Chapter(f.Code)),
        new("code_length", 0, "characters in the code", f => f.Code.Code.Length),
        new("topic", 0, "cosine between the note's tf-idf stems and the code's topic vector", f => f.Context.Topic),
        new("chronic_history", 0, "counted only through historical mentions of a chronic condition", f => !f.Candidate.Excluded && f.Basis.All(m => m.Assertion == AssertionKind.Historical) ? 1 : 0),
        new("guideline_phrase", 1, "a guideline phrase (or a stated BMI) matched", f => f.Basis.Any(m => m.Term.Source == TermSource.Guideline) ? 1 : 0),
        new("derived_family", 1, "derived by a family-history rule", f => f.Candidate.Derived?.Kind == DerivedRuleKind.Family ? 1 : 0),
        new("derived_history", 1, "derived by a personal-history rule", f => f.Candidate.Derived?.Kind == DerivedRuleKind.History ? 1 : 0),
        new("derived_combination", 1, "derived by a combination rule", f => f.Candidate.Derived?.Kind == DerivedRuleKind.Combination ? 1 : 0),
        new("neighbour_vote", 0, "similarity-weighted share of the note's nearest train notes coded with the code", f => f.Context.NeighbourVote),
        new("neighbour_only", -1, "proposed only by the nearest train notes (no wording matched)", f => f.Basis.All(m => m.Term.Source == TermSource.Neighbour) ? 1 : 0),
        new("descendant_matched", -4, "in every mention a descendant code matched at least as well", f => f.Basis.All(m => m.DescendantMatched) ? 1 : 0),
        new("neoplasm_table", 1, "read from the Neoplasm Table (1 the stated column, 0.5 a weaker second reading)", f => f.Basis.Max(m => m.NeoplasmReading)),
        new("tabular_note_pair", 0.5, "named by a 'use additional code' or 'code first' note of another candidate", f => f.Context.NamedByNote ? 1 : 0),
        new("pcs_composed", 1, "an ICD-10-PCS wording built from its parts matched", f => f.Basis.Any(m => m.Term.Source == TermSource.Composed) ? 1 : 0),
        new("note_candidates", 0, "log(1 + candidates of the note): how many codes compete", f => Math.Log(1 + f.Note.Count)),
        new("strength_rank", 0, "share of the note's candidates with stronger evidence (0: the strongest)", f => f.Note.StrengthRank(f.Candidate)),
        new("topic_rank", 0, "share of the note's candidates closer to the note's topic (0: the closest)", f => f.Note.TopicRank(f.Candidate)),
        new("first_mention", 0, "first counted mention's sentence over the note's sentences (0: the opening)", f => f.Basis.Min(m => m.Sentence) / (double)f.Note.Sentences),
        new("mention_share", 0, "sentences mentioning the code over sentences mentioning any code", f => Math.Min(1, f.Basis.Select(m => m.Sentence).Distinct().Count() / (double)f.Note.SentencesWithMentions)),
        new("descendant_candidate", 0, "a descendant code is also a candidate of the note", f => f.Note.HasDescendant(f.Candidate) ? 1 : 0),
        new("ancestor_candidate", 0, "an ancestor code is also a candidate of the note", f => f.Note.HasAncestor(f.Candidate) ? 1 : 0),
        new("category_sibling", -1, "proposed only as another train-coded code of a category the wording found", f => f.Basis.All(m => m.Term.Source == TermSource.Sibling) ? 1 : 0),
        new("span_rivals", 0, "log(1 + other candidates whose strongest evidence overlaps this one's)", f => Math.Log(1 + f.Note.SpanRivals(f.Candidate))),
        new("span_prior_rank", 0, "share of those rivals coded in more train notes (0: the most coded)", f => f.Note.SpanPriorRank(f.Candidate)),
        new("category_prior_rank", 0, "share of the other candidates of the category coded in more train notes (0: the most coded)", f => f.Note.CategoryPriorRank(f.Candidate)),
        new("full_descendant", 0, "a descendant code is also a counted candidate, fully matched", f => f.Note.HasFullDescendant(f.Candidate) ? 1 : 0),
        new("explained_symptom", 0, "a symptom code: topic cosine with the closest diagnosis the note states in full", f => f.Context.ExplainedBy),
        new("wording_elsewhere", 0, "a longer wording of another candidate, matched in full, holds every required word of this one's", f => f.Context.InLongerWording ? 1 : 0),
    ];

    /// <summary>Bias of <see cref="RankerModel.Initial"/>.</summary>
    public const double InitialBias = -5;

    /// <summary>Position of the feature called <paramref name="name"/>; throws when there is none.</summary>
    public static int IndexOf(string name)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i].Name == name) return i;
        }
        throw new ArgumentException($"no ranking feature '{name}'", nameof(name));
    }

    // The first character as a number (ICD-10-CM chapter letter; ICD-10-PCS section), for the trees to split on:
    // how often codes of a chapter are right differs (symptom codes in R less often than diagnoses).
    private static double Chapter(MedicalCode code) => code.Code.Length == 0 ? 0
        : char.IsAsciiLetterUpper(code.Code[0]) ? code.Code[0] - 'A' + 10 : char.IsAsciiDigit(code.Code[0]) ? code.Code[0] - '0' : 0;

    private static bool IsDiagnostic(SectionKind kind) => kind is SectionKind.Assessment or SectionKind.AssessmentAndPlan
        or SectionKind.Diagnoses or SectionKind.ChiefComplaint;
}
