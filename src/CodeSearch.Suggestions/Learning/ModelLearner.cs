using CodeSearch.Core;
using CodeSearch.Core.Catalog;
using CodeSearch.Suggestions.Engine;
using CodeSearch.Suggestions.Learned;
using CodeSearch.Suggestions.Ranking;

namespace CodeSearch.Suggestions.Learning;

/// <summary>
/// Produces the <see cref="SuggestionModel"/> from coded train notes (docs/suggestions.md, "Learned data"):
/// <list type="number">
/// <item>phrases and code priors from all notes (<see cref="PhraseLearner"/>);</item>
/// <item>ranker weights from out-of-fold candidates: the notes are split into <see cref="Folds"/> folds by position;
/// each fold is analysed with phrases and priors learned from the other folds, so the features look as they will on
/// unseen notes; a candidate is labelled right when coders assigned its code (PCS: a code starting with a truncated
/// gold code); <see cref="LogisticFit"/> fits the weights.</item>
/// </list>
/// </summary>
public sealed class ModelLearner(IIndexProvider indexProvider)
{
    /// <summary>Cross-fitting folds.</summary>
    public const int Folds = 5;

    /// <summary>Settings of the trees boosted on the logistic ranker's residual; null fits the linear ranker only.</summary>
    public TreeBooster.Options? Boosting { get; init; } = new();

    /// <summary>Settings of the trees boosted after <see cref="Boosting"/> on the ranking loss within each note
    /// (<see cref="TreeBooster.Loss.LambdaRank"/>), followed by a monotone recalibration so scores stay probabilities;
    /// null leaves the pointwise ranker as it is.</summary>
    public TreeBooster.Options? Ranking { get; init; } = DefaultRanking;

    /// <summary>The ranking trees' settings, compared by cross-validation on the train notes (docs/suggestions.md).</summary>
    public static TreeBooster.Options DefaultRanking { get; } =
        new(Rounds: 100, Depth: 3, LearningRate: 0.1, MinLeafWeight: 1, L2: 1, Objective: TreeBooster.Loss.LambdaRank);

    /// <summary>The settings <c>codesearch learn --cross-validate</c> compares with the shipped ones.</summary>
    public static IReadOnlyList<(string Name, TreeBooster.Options? Boosting, TreeBooster.Options? Ranking)> Alternatives { get; } =
    [
        ("log-loss trees only", new(), null),
        ("log-loss trees + 200 ranking trees, rate 0.05", new(), DefaultRanking with { Rounds = 200, LearningRate = 0.05 }),
        ("log-loss trees + 100 ranking trees of depth 4", new(), DefaultRanking with { Depth = 4 }),
        ("log-loss trees + 100 ranking trees, L2 10, leaf 5", new(), DefaultRanking with { L2 = 10, MinLeafWeight = 5 }),
        ("300 log-loss trees of depth 4 + 100 ranking trees", new(Rounds: 300, Depth: 4), DefaultRanking),
    ];

    /// <summary>Extra ranker settings compared by cross-validated MAP over the train notes' folds (printed, not used).</summary>
    public IReadOnlyList<(string Name, TreeBooster.Options? Boosting, TreeBooster.Options? Ranking)> CrossValidate { get; init; } = [];

    /// <summary>Cross-validates the shipped settings even when <see cref="CrossValidate"/> is empty (printed, not used).</summary>
    public bool CrossValidateShipped { get; init; }

    /// <summary>Learns the model; <paramref name="progress"/> receives short status lines (no note text).</summary>
    public SuggestionModel Learn(IReadOnlyList<TrainingNote> notes, Action<string> progress)
    {
        var index = indexProvider.Current;
        var rows = new List<(double[] X, bool Y)>();
        var keys = new List<(CodeSystemId, string)>();
        var termKeys = new List<(CodeSystemId, string, string)>();
        var folds = new List<int>();
        var groups = new List<int[]>();
        var noteGold = new List<int>();
        var groupFolds = new List<int>();
        var noteSystems = new List<CodeSystemId>();
        var rowSystems = new List<CodeSystemId>();
        for (var fold = 0; fold < Folds; fold++)
        {
            var train = notes.Where((_, i) => i % Folds != fold).ToList();
            var held = notes.Where((_, i) => i % Folds == fold).ToList();
            var topics = TopicLearner.Learn(train);
            var model = new SuggestionModel(PhraseLearner.Learn(train), Priors(train), RankerModel.Initial, topics)
            {
                Neighbours = NeighbourLearner.Learn(train, topics),
            };
            var engine = new SuggestionEngine(indexProvider, model);
            foreach (var note in held)
            {
                var release = ReleaseSelector.Select(index, note.System, null);
                var gold = note.Codes.ToHashSet(StringComparer.Ordinal);
                var candidates = engine.Candidates(index, release, note.Text, CancellationToken.None);
                groups.Add(Enumerable.Range(rows.Count, candidates.Count).ToArray());
                noteGold.Add(gold.Count);
                groupFolds.Add(fold);
                noteSystems.Add(note.System);
                foreach (var c in candidates)
                {
                    // The features the analyser scored (before specificity dropped or renamed candidates, as served),
                    // labelled by the code it answers; proposal statistics keyed by the code the features were for.
                    rows.Add((c.Features.ToArray(), IsRight(c.Code, gold)));
                    keys.Add((c.RankedCode.System, c.RankedCode.Code));
                    termKeys.Add((c.RankedCode.System, c.RankedCode.Code, BestTerm(c)));
                    folds.Add(fold);
                    rowSystems.Add(c.Code.System);
                }
            }
            progress($"fold {fold + 1}/{Folds}: {rows.Count} candidates so far");
        }
        // Proposal statistics per code and per (code, wording); each row sees them without its own fold's rows, as
        // an unseen note would.
        var proposed = FillOutOfFold(rows, folds, keys, FeatureVector.CodePrecision);
        var byTerm = FillOutOfFold(rows, folds, termKeys, FeatureVector.TermPrecision)
            .ToDictionary(p => p.Key, p => new CodeStats(0, p.Value.Proposed, p.Value.Right));
        var notesRows = new NoteRows(rows, groups, noteGold, groupFolds, noteSystems);
        foreach (var (name, boosting, ranking) in CrossValidate.Prepend(("shipped", Boosting, Ranking)))
        {
            if (name == "shipped" && CrossValidate.Count == 0 && !CrossValidateShipped) break;
            var cv = notesRows.CrossValidate(Folds, boosting, ranking);
            var ece = string.Join(", ", cv.SharedEce.OrderBy(p => p.Key).Select(p =>
                $"{p.Key.Key()} ECE shared {p.Value:0.000} own {cv.OwnEce.GetValueOrDefault(p.Key):0.000}"));
            progress($"cross-validated MAP over {Folds} folds of train notes, {name}: {cv.Map:0.0000} ({ece})");
        }
        var ranker = RankerFit.Fit(rows, groups, Boosting, Ranking, rowSystems);
        progress($"ranker fitted on {rows.Count} candidates of {groups.Count} notes, {rows.Count(r => r.Y)} right: {FeatureVector.Names.Length} weights, {ranker.Trees.Count} trees");
        var goldCount = notes.Sum(n => n.Codes.Distinct().Count());
        foreach (var threshold in new[] { 0.1, 0.2, 0.3, 0.4, 0.5 })
        {
            var kept = rows.Where((r, i) => ranker.Score(r.X, rowSystems[i]) >= threshold).ToList();
            var right = kept.Count(r => r.Y);
            var precision = kept.Count == 0 ? 0 : (double)right / kept.Count;
            var recall = (double)right / goldCount;
            progress($"score >= {threshold:0.0}: precision {precision:0.000} recall {recall:0.000} F1 {(precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)):0.000} (out-of-fold, all candidates)");
        }
        var priors = Priors(notes, proposed);
        var allTopics = TopicLearner.Learn(notes);
        return new SuggestionModel(PhraseLearner.Learn(notes), new CodePriors(priors.Stats.ToDictionary(p => p.Key, p => p.Value), byTerm), ranker,
            allTopics) { Neighbours = NeighbourLearner.Learn(notes, allTopics) };
    }

    // Counts proposals and right ones per key over all rows, and sets feature `feature` of each row to the smoothed
    // precision of its key computed without the rows of its own fold.
    private static Dictionary<TKey, (int Proposed, int Right)> FillOutOfFold<TKey>(List<(double[] X, bool Y)> rows,
        List<int> folds, List<TKey> keys, int feature) where TKey : notnull
    {
        var total = new Dictionary<TKey, (int Proposed, int Right)>();
        var perFold = new Dictionary<(TKey, int), (int Proposed, int Right)>();
        for (var i = 0; i < rows.Count; i++)
        {
            var y = rows[i].Y ? 1 : 0;
            var (p, r) = total.GetValueOrDefault(keys[i]);
            total[keys[i]] = (p + 1, r + y);
            var (fp, fr) = perFold.GetValueOrDefault((keys[i], folds[i]));
            perFold[(keys[i], folds[i])] = (fp + 1, fr + y);
        }
        for (var i = 0; i < rows.Count; i++)
        {
            var (p, r) = total[keys[i]];
            var (fp, fr) = perFold[(keys[i], folds[i])];
            rows[i].X[feature] = CodePriors.Smoothed(r - fr, p - fp);
        }
        return total;
    }

    /// <summary>Train notes per code.</summary>
    public static CodePriors Priors(IEnumerable<TrainingNote> notes,
        IReadOnlyDictionary<(CodeSystemId, string), (int Proposed, int Right)>? proposals = null)
    {
        var counts = new Dictionary<(CodeSystemId, string), int>();
        foreach (var note in notes)
        {
            foreach (var code in note.Codes.Distinct(StringComparer.Ordinal)) counts[(note.System, code)] = counts.GetValueOrDefault((note.System, code)) + 1;
        }
        var keys = counts.Keys.Concat(proposals?.Keys ?? []).Distinct();
        return new CodePriors(keys.ToDictionary(k => k, k =>
        {
            var (p, r) = proposals?.GetValueOrDefault(k) ?? default;
            return new CodeStats(counts.GetValueOrDefault(k), p, r);
        }));
    }

    // The wording the ranker's term_precision feature is keyed by: the best mention's term.
    private static string BestTerm(ScoredCandidate c) =>
        WordingKey.Of(c.Basis.OrderByDescending(m => m.Coverage).ThenByDescending(m => m.Compactness).First().Term.Text);

    private static bool IsRight(MedicalCode code, HashSet<string> gold) =>
        gold.Contains(code.Code) || (code.System == CodeSystemId.Icd10Pcs && gold.Any(g => g.Length < 7 && code.Code.StartsWith(g, StringComparison.Ordinal)));
}
