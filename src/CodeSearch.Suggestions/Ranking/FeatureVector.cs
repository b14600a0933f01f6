using CodeSearch.Suggestions.Matching;

namespace CodeSearch.Suggestions.Ranking;

/// <summary>
/// The feature vector of a code candidate, computed from <see cref="FeatureTable"/> (the one place features are
/// defined). The order is part of the model file format: <see cref="Names"/> is written next to the weights and
/// checked when a model is read.
/// </summary>
public static class FeatureVector
{
    /// <summary>Feature names in vector order.</summary>
    public static readonly string[] Names = FeatureTable.All.Select(f => f.Name).ToArray();

    /// <summary>Position of "code_precision", which the learner replaces with its leave-one-out value.</summary>
    public static readonly int CodePrecision = FeatureTable.IndexOf("code_precision");

    /// <summary>Position of "term_precision", which the learner replaces with its leave-one-out value.</summary>
    public static readonly int TermPrecision = FeatureTable.IndexOf("term_precision");

    /// <summary>The feature values of a scored candidate (the learner reads these); <paramref name="note"/> holds every
    /// candidate of its note (null: the note-relative features see the candidate alone).</summary>
    public static double[] Of(ScoredCandidate candidate, TermDictionary dictionary, CodePriors priors, NoteContext? note = null) =>
        Of(candidate.Candidate, candidate.Context, dictionary, priors, note);

    /// <summary>The feature values of <paramref name="candidate"/> in <paramref name="context"/>; <paramref name="note"/>
    /// holds every candidate of its note (null: the note-relative features see the candidate alone).</summary>
    public static double[] Of(CodeCandidate candidate, CandidateContext context, TermDictionary dictionary, CodePriors priors,
        NoteContext? note = null)
    {
        var input = new FeatureInput(candidate, context, dictionary, priors, note);
        var features = FeatureTable.All;
        var x = new double[features.Count];
        for (var i = 0; i < x.Length; i++) x[i] = features[i].Compute(input);
        return x;
    }
}
