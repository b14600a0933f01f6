using CodeSearch.Suggestions.Assertion;
using CodeSearch.Suggestions.Matching;
using CodeSearch.Suggestions.Pipeline;
using CodeSearch.Suggestions.Ranking;

namespace CodeSearch.Suggestions.Engine;

/// <summary>
/// Runs stages 1-7 on one note against one release's dictionary and returns every code candidate with its mentions,
/// assertions and score, best first. The server, the eval command and the learner all go through here.
/// </summary>
public sealed class NoteAnalyzer(NoteReader reader, AssertionClassifier assertions)
{
    /// <summary>An analyzer with the default abbreviation and trigger lists.</summary>
    public NoteAnalyzer() : this(new NoteReader(), new AssertionClassifier()) { }

    /// <summary>Candidates scored by <paramref name="ranker"/>, best first.</summary>
    public List<CodeCandidate> Analyze(string text, TermDictionary dictionary, CodePriors priors, RankerModel ranker,
        CancellationToken cancellationToken)
    {
        var sentences = reader.Read(text, dictionary.Vocabulary, cancellationToken);
        var mentions = new List<Mention>();
        for (var i = 0; i < sentences.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sentence = sentences[i];
            var found = MentionFinder.Find(dictionary, sentence, i);
            if (found.Count == 0) continue;
            var sentenceText = text.Substring(sentence.Span.Start, sentence.Span.Length);
            var section = sentence.Section.ToString();
            var bySpan = new Dictionary<Text.TextSpan, Assertion.Assertion>();
            foreach (var m in found)
            {
                // Mentions on the same words (a code and its runner-up) share one classification.
                if (!bySpan.TryGetValue(m.Evidence, out var assertion))
                {
                    assertion = assertions.Classify(sentenceText, m.Evidence.Start - sentence.Span.Start,
                        m.Evidence.End - sentence.Span.Start, section).Assertion;
                    bySpan[m.Evidence] = assertion;
                }
                m.Assertion = assertion;
            }
            mentions.AddRange(found);
        }

        var candidates = mentions.GroupBy(m => m.Term.Code)
            .Select(g => new CodeCandidate(dictionary.Codes[g.Key], g.OrderBy(m => m.Evidence.Start).ToList()))
            .ToList();
        foreach (var c in candidates) c.Score = ranker.Score(FeatureVector.Of(c, dictionary, priors));
        candidates.Sort((a, b) => b.Score.CompareTo(a.Score) is var byScore && byScore != 0 ? byScore
            : a.Code.Order.CompareTo(b.Code.Order));
        return candidates;
    }
}
