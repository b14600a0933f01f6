using CodeSearch.Core;
using CodeSearch.Suggestions.Matching;
using CodeSearch.Suggestions.Pipeline;

namespace CodeSearch.Suggestions.Procedures;

/// <summary>
/// Procedures stated across two sentences: a sentence naming a biopsy, excision or drainage without a body part the
/// tables know ("A biopsy of the lesion was performed.") is read together with the sentence before and the sentence
/// after ("... a nodule of the left upper eyelid."), and the composed wordings (<see cref="TermSource.Composed"/>) of
/// the operations in <see cref="Operations"/> whose words the two sentences hold between them become mentions of the
/// operation sentence. A wording already found inside one sentence is not taken again: its words must lie in both.
/// </summary>
public static class SplitProcedures
{
    /// <summary>Medical and surgical root operations (3rd character) composed across sentences: Excision (biopsy) and
    /// Drainage (puncture, aspiration), the operations notes most often state apart from the organ.</summary>
    public const string Operations = "B9";

    /// <summary>Operation words that open the pass: stems of <see cref="ProcedureWordKind.Operation"/> rows of
    /// Data/pcs-procedure-words.tsv whose root operation is Excision or Drainage.</summary>
    public static readonly IReadOnlyList<string[]> Triggers = ProcedureWords.Default.OfKind(ProcedureWordKind.Operation)
        .Where(w => w.Operation is "Excision" or "Drainage").Select(w => w.Stems).ToList();

    /// <summary>The sentence <paramref name="index"/> joined with each neighbour and the composed mentions found only
    /// in the pair; empty when the dictionary is not ICD-10-PCS, the sentence states no trigger, or already composes
    /// a procedure of <see cref="Operations"/> on its own (<paramref name="own"/>, its mentions).</summary>
    public static List<(NoteSentence Joined, List<Mention> Mentions)> Find(TermDictionary dictionary,
        IReadOnlyList<NoteSentence> sentences, int index, IReadOnlyList<Mention> own)
    {
        var result = new List<(NoteSentence, List<Mention>)>();
        if (dictionary.System != CodeSystemId.Icd10Pcs) return result;
        var sentence = sentences[index];
        if (!States(dictionary, sentence) || own.Any(m => Splittable(dictionary, m))) return result;
        var taken = new HashSet<int>();
        foreach (var other in new[] { index + 1, index - 1 })
        {
            if (other < 0 || other >= sentences.Count) continue;
            var (first, second) = other > index ? (sentence, sentences[other]) : (sentences[other], sentence);
            var joined = new NoteSentence(new Text.TextSpan(first.Span.Start, second.Span.End), sentence.Section,
                [.. first.Words, .. second.Words]);
            var mentions = MentionFinder.Find(dictionary, joined, index)
                .Where(m => Splittable(dictionary, m) && m.Coverage >= 0.999f
                            && Overlaps(m, sentence.Span) && Overlaps(m, sentences[other].Span)
                            && taken.Add(m.Term.CodePosition))
                .ToList();
            if (mentions.Count > 0) result.Add((joined, mentions));
        }
        return result;
    }

    private static bool States(TermDictionary dictionary, NoteSentence sentence)
    {
        foreach (var trigger in Triggers)
        {
            if (trigger.All(s => dictionary.Vocabulary.Find(s) is var id and >= 0 && sentence.Words.Any(w => w.Stem == id))) return true;
        }
        return false;
    }

    private static bool Splittable(TermDictionary dictionary, Mention m)
    {
        var code = dictionary.Codes[m.Term.CodePosition].Code;
        return m.Term.Source == TermSource.Composed && code.Length == 7 && code[0] == '0' && Operations.Contains(code[2]);
    }

    private static bool Overlaps(Mention m, Text.TextSpan span) => m.Evidence.Start < span.End && m.Evidence.End > span.Start;
}
