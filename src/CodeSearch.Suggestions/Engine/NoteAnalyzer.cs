using CodeSearch.Suggestions.Assertion;
using CodeSearch.Suggestions.Guidelines;
using CodeSearch.Suggestions.Matching;
using CodeSearch.Suggestions.Pipeline;
using CodeSearch.Suggestions.Ranking;

namespace CodeSearch.Suggestions.Engine;

/// <summary>
/// Runs stages 1-7 on one note against one release's dictionary and returns every code candidate with its mentions,
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
    public List<CodeCandidate> Analyze(string text, TermDictionary dictionary, CodePriors priors, RankerModel ranker,
        CancellationToken cancellationToken, CodeTopics? topics = null, NoteNeighbours? neighbours = null,
        Neoplasms.NeoplasmTable? neoplasms = null, TabularNotePairs? notePairs = null)
    {
        var (timings, assertionTicks) = (Timings, 0L);
        var lap = timings.Start();
        var sentences = reader.Read(text, dictionary.Vocabulary, cancellationToken);
        lap = timings.Lap(SuggestionStage.Read, lap);
        var mentions = new List<Mention>();
        for (var i = 0; i < sentences.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sentence = sentences[i];
            var found = ContrastingWords.Apply(dictionary, text, sentence, MentionFinder.Find(dictionary, sentence, i));
            if (neoplasms is not null) found.AddRange(Neoplasms.NeoplasmFinder.Find(text, sentence, i, neoplasms, Neoplasms.NeoplasmWords.Default));
            if (found.Count == 0) continue;
            var sentenceText = new AssertionSentence(text.Substring(sentence.Span.Start, sentence.Span.Length));
            var section = sentence.Section.ToString();
            var bySpan = new Dictionary<Text.TextSpan, Assertion.AssertionKind>();
            foreach (var m in found)
            {
                // Mentions on the same words (a code and its runner-up) share one classification.
                if (!bySpan.TryGetValue(m.Evidence, out var assertion))
                {
                    var classifying = timings.Start();
                    assertion = assertions.Classify(sentenceText, m.Evidence.Start - sentence.Span.Start,
                        m.Evidence.End - sentence.Span.Start, section).Assertion;
                    if (timings is not null) assertionTicks += System.Diagnostics.Stopwatch.GetTimestamp() - classifying;
                    bySpan[m.Evidence] = assertion;
                }
                m.Assertion = assertion;
            }
            mentions.AddRange(found);
        }
        lap = timings.LapSplit(SuggestionStage.Mentions, SuggestionStage.Assertion, lap, assertionTicks);

        var candidates = mentions.GroupBy(m => m.Term.CodePosition)
            .Select(g => new CodeCandidate(dictionary.Codes[g.Key], g.OrderBy(m => m.Evidence.Start).ToList(),
                chronic.Contains(dictionary.Codes[g.Key])))
            .ToList();
        candidates = Procedures.ProcedureApproaches.Apply(candidates, text, sentences, dictionary);
        if (derivedCodes.Rules.Count > 0) candidates.AddRange(BmiRule.Find(text, sentences, dictionary).Where(b => candidates.All(c => c.Code != b.Code)));
        candidates = derivedCodes.Apply(candidates, dictionary, chronic);
        candidates.AddRange(Recall.CategorySiblings.Find(candidates, text, sentences, dictionary, priors));
        var note = topics is not null && topics.Codes.Count > 0 ? topics.NoteVector(CodeTopics.Stems(text)) : null;
        if (note is not null && neighbours is not null && neighbours.Notes.Count > 0)
        {
            var votes = neighbours.Vote(dictionary.System, note);
            foreach (var c in candidates) c.NeighbourVote = votes.GetValueOrDefault(c.Code.Code);
            candidates.AddRange(NeighbourCandidates.Find(votes, candidates, text, sentences, dictionary, topics!));
        }
        CompareWithinCategories(candidates);
        notePairs?.Apply(candidates);
        if (note is not null && candidates.Count > 0)
        {
            foreach (var c in candidates) c.Topic = topics!.Similarity(c.Code.System, c.Code.Code, note);
        }
        lap = timings.Lap(SuggestionStage.Candidates, lap);
        foreach (var c in candidates) c.Score = ranker.Score(FeatureVector.Of(c, dictionary, priors));
        if (derivedCodes.Rules.Count > 0) RuleScoreFloor.Apply(candidates);
        Specificity.Apply(candidates, text, sentences, dictionary);
        candidates.Sort((a, b) => b.Score.CompareTo(a.Score) is var byScore && byScore != 0 ? byScore
            : a.Code.Order.CompareTo(b.Code.Order));
        timings.Lap(SuggestionStage.Rank, lap);
        return candidates;
    }

    // Sets each candidate's rivals in its 3-character category and whether it is the best supported of them (coverage,
    // then sentences, then matched words): coders pick one code per condition, so a weaker sibling is seldom right.
    private static void CompareWithinCategories(List<CodeCandidate> candidates)
    {
        foreach (var group in candidates.GroupBy(c => (c.Code.System, Category: c.Code.Code[..Math.Min(3, c.Code.Code.Length)])))
        {
            var members = group.ToList();
            if (members.Count == 1) continue;
            var strongest = members.MaxBy(Strength)!;
            var top = Strength(strongest);
            foreach (var c in members)
            {
                c.CategoryRivals = members.Count - 1;
                c.StrongestInCategory = Strength(c) >= top;
            }
        }
    }

    private static double Strength(CodeCandidate c) =>
        c.Best.Coverage * 1000 + Math.Min(c.Basis.Select(m => m.Sentence).Distinct().Count(), 99) * 10 + Math.Min(c.Best.MatchedWords, 9);
}
