using CodeSearch.Core;
using CodeSearch.Suggestions.Matching;
using CodeSearch.Suggestions.Pipeline;
using CodeSearch.Suggestions.Ranking;
using CodeSearch.Suggestions.Text;

namespace CodeSearch.Suggestions.Guidelines;

/// <summary>
/// The candidates a rule reading a stated value gives (<see cref="BmiRule"/>, <see cref="GlasgowRule"/>): each code of
/// the dictionary it names gets a present guideline mention of the rule's wording, whose evidence is the value as
/// written, one mention per statement, one candidate per code.
/// </summary>
internal sealed class StatedValueCandidates(TermDictionary dictionary, string wording, string vocabularyWord)
{
    private readonly Dictionary<int, List<Mention>> _found = [];
    private readonly int _word = Math.Max(0, dictionary.Vocabulary.Find(vocabularyWord));

    /// <summary>Adds a mention of <paramref name="code"/> (undotted) in sentence <paramref name="index"/>; a code the dictionary does not hold gives nothing.</summary>
    public void Add(string code, int index, NoteSentence sentence, TextSpan evidence)
    {
        if (dictionary.PositionOf(code) is var at && at < 0) return;
        var term = new Term(at, wording, TermSource.Guideline, new[] { _word }, new[] { 1f }, default, 0, 0);
        var mention = new Mention(index, term, -1, 1f, evidence, 1f, false, 1) { Section = sentence.Section, Assertion = Assertion.AssertionKind.Present };
        (_found.TryGetValue(at, out var list) ? list : _found[at] = []).Add(mention);
    }

    /// <summary>One candidate per code mentioned.</summary>
    public IEnumerable<CodeCandidate> Candidates() => _found.Select(f => new CodeCandidate(dictionary.Codes[f.Key], f.Value));
}
