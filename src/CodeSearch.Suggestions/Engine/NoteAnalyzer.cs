using CodeSearch.Suggestions.Assertion;
using CodeSearch.Suggestions.Guidelines;
using CodeSearch.Suggestions.Matching;
using CodeSearch.Suggestions.Pipeline;
using CodeSearch.Suggestions.Ranking;

namespace CodeSearch.Suggestions.Engine;

/// <summary>
/// Runs the stages on one note against one release's dictionary and returns every code candidate with its mentions,
/// assertions and score, best first. The server, the eval command and the learner all go through here.
/// </summary>
public sealed class NoteAnalyzer(NoteReader reader, AssertionClassifier assertions, ChronicConditions chronic, DerivedCodes derivedCodes)
{
    /// <summary>An analyzer with the default abbreviation, trigger, chronic-condition and derived-code lists.</summary>
    public NoteAnalyzer() : this(new NoteReader(), new AssertionClassifier(), ChronicConditions.Default, DerivedCodes.Default) { }

    /// <summary>An analyzer without derived codes.</summary>
    public NoteAnalyzer(NoteReader reader, AssertionClassifier assertions, ChronicConditions chronic)
        : this(reader, assertions, chronic, DerivedCodes.None) { }

    /// <summary>Receives each stage's duration (the server's metrics); null times nothing.</summary>
    public ISuggestionStageTimings? Timings { get; init; }

    /// <summary>Candidates scored by <paramref name="ranker"/>, best first.</summary>
    public List<ScoredCandidate> Analyze(string text, TermDictionary dictionary, CodePriors priors, RankerModel ranker,
        CancellationToken cancellationToken, CodeTopics? topics = null, NoteNeighbours? neighbours = null,
        Neoplasms.NeoplasmTable? neoplasms = null, TabularNotePairs? notePairs = null)
    {
        var timings = Timings;
        var lap = timings.Start();
        var sentences = reader.Read(text, dictionary.Vocabulary, cancellationToken);
        lap = timings.Lap(SuggestionStage.Read, lap);
        var (mentions, assertionTicks) = AssertedMentions(text, sentences, dictionary, neoplasms, cancellationToken);
        lap = timings.LapSplit(SuggestionStage.Mentions, SuggestionStage.Assertion, lap, assertionTicks);

        var note = topics is not null && topics.Codes.Count > 0 ? topics.NoteVector(CodeTopics.Stems(text)) : null;
        var votes = note is not null && neighbours is not null && neighbours.Notes.Count > 0 ? neighbours.Vote(dictionary.System, note) : null;
        var candidates = Candidates(text, sentences, mentions, dictionary, priors, topics, votes);
        var contexts = CandidateContexts.For(candidates, topics, candidates.Count > 0 ? note : null, votes, notePairs);
        lap = timings.Lap(SuggestionStage.Candidates, lap);

        var scored = Rank(text, sentences, candidates, contexts, dictionary, priors, ranker);
        timings.Lap(SuggestionStage.Rank, lap);
        return scored;
    }

    // Mentions and assertion stages: each sentence's mentions, classified. Returns the Stopwatch ticks spent
    // classifying when timed.
    private (List<Mention> Mentions, long AssertionTicks) AssertedMentions(string text, IReadOnlyList<NoteSentence> sentences,
        TermDictionary dictionary, Neoplasms.NeoplasmTable? neoplasms, CancellationToken cancellationToken)
    {
        var (timings, assertionTicks) = (Timings, 0L);
        var mentions = new List<Mention>();
        for (var i = 0; i < sentences.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sentence = sentences[i];
            var found = ContrastingWords.Apply(dictionary, text, sentence, MentionFinder.Find(dictionary, sentence, i));
            if (neoplasms is not null) found.AddRange(Neoplasms.NeoplasmFinder.Find(text, sentence, i, neoplasms, Neoplasms.NeoplasmWords.Default));
            Classify(sentence, found);
            foreach (var (joined, split) in Procedures.SplitProcedures.Find(dictionary, sentences, i, found)) Classify(joined, split);
        }
        return (mentions, assertionTicks);

        void Classify(NoteSentence sentence, List<Mention> found)
        {
            if (found.Count == 0) return;
            var sentenceText = new AssertionSentence(text.Substring(sentence.Span.Start, sentence.Span.Length));
            var bySpan = new Dictionary<Text.TextSpan, AssertionKind>();
            foreach (var m in found)
            {
                // Mentions on the same words (a code and its runner-up) share one classification.
                if (!bySpan.TryGetValue(m.Evidence, out var assertion))
                {
                    var classifying = timings.Start();
                    assertion = assertions.Classify(sentenceText, m.Evidence.Start - sentence.Span.Start,
                        m.Evidence.End - sentence.Span.Start, sentence.Section).Assertion;
                    if (timings is not null) assertionTicks += System.Diagnostics.Stopwatch.GetTimestamp() - classifying;
                    bySpan[m.Evidence] = assertion;
                }
                mentions.Add(m with { Assertion = assertion });
            }
        }
    }

    // Candidates stage: mentions grouped by code, approaches, stated BMI and Glasgow score, guideline-derived codes, the stated
    // side's codes under a found code (Recall/StatedSideCodes), other train-coded codes
    // of the categories found (Recall/CategorySiblings), neighbours' codes.
    private List<CodeCandidate> Candidates(string text, IReadOnlyList<NoteSentence> sentences, List<Mention> mentions,
        TermDictionary dictionary, CodePriors priors, CodeTopics? topics, IReadOnlyDictionary<string, double>? votes)
    {
        var candidates = mentions.GroupBy(m => m.Term.CodePosition)
            .Select(g => new CodeCandidate(dictionary.Codes[g.Key], g.OrderBy(m => m.Evidence.Start).ToList(),
                chronic.Contains(dictionary.Codes[g.Key])))
            .ToList();
        candidates = Procedures.ProcedureApproaches.Apply(candidates, text, sentences, dictionary);
        if (derivedCodes.Rules.Count > 0) candidates.AddRange(BmiRule.Find(text, sentences, dictionary).Where(b => candidates.All(c => c.Code != b.Code)));
        if (derivedCodes.Rules.Count > 0) candidates.AddRange(GlasgowRule.Find(text, sentences, dictionary).Where(g => candidates.All(c => c.Code != g.Code)));
        candidates = derivedCodes.Apply(candidates, dictionary, chronic);
        candidates.AddRange(Recall.StatedSideCodes.Find(candidates, text, sentences, dictionary));
        candidates.AddRange(Recall.CategorySiblings.Find(candidates, text, sentences, dictionary, priors));
        if (votes is not null) candidates.AddRange(NeighbourCandidates.Find(votes, candidates, text, sentences, dictionary, topics!));
        return candidates;
    }

    // Rank stage: the ranker's score of each candidate in its context, the guideline score floor, specificity, best first.
    // The features are computed here once, before any rule drops or renames a candidate, and kept on the scored value:
    // the learner reads them from there, so training and serving see the same note context.
    private List<ScoredCandidate> Rank(string text, IReadOnlyList<NoteSentence> sentences, List<CodeCandidate> candidates,
        CandidateContext[] contexts, TermDictionary dictionary, CodePriors priors, RankerModel ranker)
    {
        var scored = new List<ScoredCandidate>(candidates.Count);
        var note = new NoteContext(candidates, contexts, priors);
        for (var i = 0; i < candidates.Count; i++)
        {
            var features = FeatureVector.Of(candidates[i], contexts[i], dictionary, priors, note);
            scored.Add(new ScoredCandidate(candidates[i], contexts[i], ranker.Score(features, dictionary.System)) { Features = features });
        }
        if (derivedCodes.Rules.Count > 0) RuleScoreFloor.Apply(scored);
        Specificity.Apply(scored, text, sentences, dictionary);
        scored.Sort((a, b) => b.Score.CompareTo(a.Score) is var byScore && byScore != 0 ? byScore
            : a.Code.Order.CompareTo(b.Code.Order));
        return scored;
    }
}
