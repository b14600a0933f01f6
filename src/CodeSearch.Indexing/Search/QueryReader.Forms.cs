using CodeSearch.Core.Vocabulary;
using CodeSearch.Indexing.Analysis;
using Lucene.Net.Index;
using static CodeSearch.Indexing.LuceneSchema;

namespace CodeSearch.Indexing.Search;

// Plurals, inflections and corrections in context (docs/search.md, "Plurals and inflections" and "Misspellings").
internal sealed partial class QueryReader
{
    /// <summary>A plural is read as its singular when at least this many times more codes hold the singular ("toes" → toe).</summary>
    public const int SingularRatio = 4;

    /// <summary>Widest cost above the best correction's within which a correction the context supports is preferred.</summary>
    public const double ContextCostWindow = 1.0;

    /// <summary>Most corrections weighed against the context.</summary>
    public const int ContextCandidates = 4;

    /// <summary>A word of the titles held by at most this many codes may still be a misspelling ("sclerosus", "infraction").</summary>
    public const int RareWordCodes = 10;

    /// <summary>A rare word is respelled only to a word at least this many times as common.</summary>
    public const int RareWordRatio = 10;

    private WordsTogether Together => _together ??= new WordsTogether(reader);
    private WordsTogether? _together;

    // The singular of a plural the plural filter keeps ("toes", "knees", "calluses", "feet") when more codes hold it.
    private string? Singular(QueryToken token)
    {
        var forms = QueryWordForms.Singulars(token.Raw);
        if (forms.Count == 0) return null;
        var own = Math.Max(1, Held(token.Stemmed));
        foreach (var form in forms)
        {
            if (QueryTokens.Analyze(form) is not [var singular] || singular.Stemmed == token.Stemmed) continue;
            if (Held(singular.Stemmed) >= SingularRatio * own) return form;
        }
        return null;
    }

    // The base of an irregular past tense the titles do not write, when far more codes hold it ("fell off a ladder" →
    // fall, "tick bit me" → bite, "burnt hand" → burn): as a plural's singular (SingularRatio).
    private string? IrregularBase(QueryToken token)
    {
        if (!QueryWordForms.IsIrregularVerb(token.Raw)) return null;
        var own = Math.Max(1, Held(token.Stemmed));
        foreach (var form in QueryWordForms.Inflections(token.Raw))
        {
            if (QueryTokens.Analyze(form) is [var other] && Held(other.Stemmed) >= SingularRatio * own) return form;
        }
        return null;
    }

    // The singular of a plural whose stem some code holds, as typed ("blackheads" → blackhead, "pimples" → pimple): a
    // whole word, not a misspelling, though no title word starts with it.
    private string? HeldSingular(QueryToken token) =>
        Known(token)
            ? QueryWordForms.Singulars(token.Raw).FirstOrDefault(f => QueryTokens.Analyze(f) is [var singular] && Held(singular.Stemmed) > 0)
            : null;

    // Codes whose titles or index terms hold the stemmed word ("callus" is a word of the index terms only).
    private int Held(string stemmed) => KeptDocFreqs.Of(reader, new Term(Description, stemmed)) + KeptDocFreqs.Of(reader, new Term(Synonyms, stemmed));

    // A plural or another form of a verb read so that more of the query is a vocabulary term ("bruises" → bruise,
    // "coughed up blood" → coughing up blood). Null when no word changed.
    private string? VocabularyForms(string text, Func<VocabularyTerm, bool>? admit)
    {
        var words = text.Split(' ');
        Func<VocabularyTerm, bool> accept = admit is null ? Accept : t => Accept(t) && admit(t);
        var covered = Covered(text, accept);
        var changedAny = false;
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if ((word.Length < MinCorrectedLength && !QueryWordForms.IsIrregularVerb(word)) || vocabulary.Find(word) is not null) continue;
            string? bestForm = null;
            foreach (var form in QueryWordForms.Singulars(word).Concat(QueryWordForms.Inflections(word)))
            {
                var tried = words.ToArray();
                tried[i] = form;
                var coverage = Covered(string.Join(' ', tried), accept);
                if (coverage <= covered) continue;
                covered = coverage;
                bestForm = form;
            }
            if (bestForm is null) continue;
            words[i] = bestForm;
            changedAny = true;
        }
        return changedAny ? string.Join(' ', words) : null;
    }

    // The side words moved to the start when that makes more of the query a vocabulary term (its plurals and verb forms
    // read as VocabularyForms reads them), or as much in fewer terms: a term names no side, so a side inside it hid it
    // ("ringing in my left ear" → left ringing in my ear → left tinnitus; before, "ringing" was respelled running; "s/p l
    // bka" → l s/p bka → left acquired absence of leg below knee). Null when nothing more is read.
    private string? SidesFirst(string text, Func<VocabularyTerm, bool>? admit)
    {
        if (SideWords.First(text) is not { } moved) return null;
        Func<VocabularyTerm, bool> accept = admit is null ? Accept : t => Accept(t) && admit(t);
        (int Words, int Terms) Read(string t) => Coverage(VocabularyForms(t, admit) ?? t, accept);
        var (before, after) = (Read(text), Read(moved));
        // As many words read in fewer, longer terms also counts: "s/p l tha" reads s/p, l and tha one by one, "l s/p tha"
        // reads the status term "s/p tha" whole (presence of artificial hip joint, Z96.64-).
        return after.Words > before.Words || (after.Words == before.Words && after.Terms < before.Terms) ? moved : null;
    }

    private (int Words, int Terms) Coverage(string text, Func<VocabularyTerm, bool> accept)
    {
        var matches = VocabularyRewriter.Rewrite(vocabulary, text, accept).Matches;
        return (matches.Sum(m => m.Written.Count(c => c == ' ') + 1), matches.Count);
    }

    private int Covered(string text, Func<VocabularyTerm, bool> accept) =>
        VocabularyRewriter.Rewrite(vocabulary, text, accept).Matches.Sum(m => m.Written.Count(c => c == ' ') + 1);

    // The correction of a word no code holds, chosen among the close ones by the query's other words: the best unless a
    // correction not much further (ContextCostWindow) is held beside them and the best is not.
    private string? CorrectAmong(string word, IReadOnlyList<string> others)
    {
        var best = Correct(word);
        if (best is null) return null;
        // A word in its own right is not respelled to a title word it is not, even one the context holds ("limping
        // child": not living child).
        if (others.Count == 0) return RealWord(word, best) ? null : best;
        if (Together.AnyWith(best, others)) return RealWord(word, best) ? null : best;
        var candidates = _rawWords.Value.Candidates(word, word.Length < MinTwoEditLength ? 1 : 2, ContextCandidates);
        var window = candidates.Count > 0 ? candidates[0].Cost + ContextCostWindow : 0;
        foreach (var candidate in candidates)
        {
            if (candidate.Cost <= window && Together.AnyWith(candidate.Word, others)) return RealWord(word, candidate.Word) ? null : candidate.Word;
        }
        // No correction fits the other words in the titles. One the index terms hold beside them, or one the word holds
        // whole ("asleep": sleep), is still taken; a verb form of a held word is read as that word ("coughing up
        // phlegm": cough, not crushing); an everyday word no title writes ("flaky scalp", "wisdom tooth stuck") is kept
        // as typed rather than read as an unrelated title word (fluke, widow, stock).
        if (word.Contains(best, StringComparison.Ordinal)) return best;
        if (Together.AnyNear(Stemmed(best), others)) return RealWord(word, best) ? null : best;
        // A held stem the correction already starts with ("concentrating": concentration, not concentrate) leaves it.
        if (HeldStem(word) is { } stem && !best.StartsWith(stem[..^1], StringComparison.Ordinal)) return stem;
        if (RealWord(word, best)) return null;
        return UnfitKept(word, best, others) ? null : best;
    }

    private static string Stemmed(string raw) => QueryTokens.Analyze(raw) is [var t] ? t.Stemmed : raw;

    /// <summary>
    /// Longest word kept as typed when no correction fits the query's other words (<see cref="UnfitKept"/>); a longer
    /// word that no code holds is mostly a medical word misspelt.
    /// </summary>
    public const int MaxUnfitKeptLength = 8;

    // Whether a word whose corrections no code holds beside the query's other words is kept as typed: it is short
    // enough to be an everyday word, and some other word of the query is a word of the titles (so the context says
    // something); a correction that sounds alike is still taken ("numonia").
    private bool UnfitKept(string word, string best, IReadOnlyList<string> others) =>
        word.Length <= MaxUnfitKeptLength
        && SpellingTable.Cost(word, best, EditDistance.AtMost(word, best, 3)) > 0
        && others.Any(o => KeptDocFreqs.Of(reader, new Term(Description, o)) > 0);

    // A verb form of a word some code holds, read as that word rather than respelled ("coughing" → cough, not crushing).
    private string? HeldStem(string raw) =>
        QueryWordForms.Inflections(raw).Where(f => !f.EndsWith("ing", StringComparison.Ordinal) && !f.EndsWith("ed", StringComparison.Ordinal))
            .Select(f => (Form: f, Codes: QueryTokens.Analyze(f) is [var t] ? Held(t.Stemmed) : 0))
            .Where(f => f.Codes > 0).OrderByDescending(f => f.Codes).Select(f => f.Form).FirstOrDefault();

    // A rare word of the titles (or of the short titles only) that no code holds beside the query's other words, which
    // sounds like a word far more common that some code holds beside them: "multiple sclerosus" → sclerosis,
    // "myocardial infraction" → infarction, "opiod dependence" → opioid. Null to keep the word.
    private string? RareMisspelling(QueryToken token, IReadOnlyList<string> others, bool shortOnly)
    {
        if (others.Count == 0 || token.Raw.Length < MinCorrectedLength) return null;
        // A word of the index terms only is a name the titles do not write (eponyms: "Basedow's disease"): kept.
        var codes = RawCodes(token.Raw);
        if (codes > RareWordCodes || (codes == 0 && !shortOnly) || (codes > 0 && Together.AnyWith(token.Raw, others))) return null;
        // The plural of a word some code holds is a word, not a slip ("age spots on my hands": spot, not sports).
        if (PluralOfHeld(token.Raw)) return null;
        foreach (var candidate in _rawWords.Value.Candidates(token.Raw, 1, ContextCandidates))
        {
            // One edit with the same first letter, costing at most 1 (the same sound, or "palsey" → palsy, whose "y" the
            // sound key keeps): "sclerosus" → sclerosis, "infraction" → infarction.
            if (candidate.Distance != 1 || candidate.Cost > 1 || candidate.Word[0] != token.Raw[0]) continue;
            if (candidate.Codes < RareWordRatio * Math.Max(1, codes)) continue;
            if (Together.AnyWith(candidate.Word, others)) return candidate.Word;
        }
        return null;
    }

    // A plain plural ("spots") whose singular some code's title or index term holds as a word.
    private bool PluralOfHeld(string raw) =>
        raw.Length > MinCorrectedLength && raw.EndsWith('s') && !raw.EndsWith("ss", StringComparison.Ordinal)
        && !raw.EndsWith("us", StringComparison.Ordinal) && !raw.EndsWith("is", StringComparison.Ordinal)
        && RawCodes(raw[..^1]) > 0;

    /// <summary>A condition noun replaces an adjective or participle only when at least this many codes hold it.</summary>
    public const int MinNounCodes = 2;

    /// <summary>Fewest codes that hold the -ing form a verb's -s form is read as (<see cref="QueryWordForms.Gerund"/>).</summary>
    public const int MinGerundCodes = 1;

    // The condition noun of an adjective or participle (docs/search.md, "The condition named by its adjective"): a word
    // no code holds, or a rare one (RareWordCodes) no code holds beside the query's other words, read as the first of
    // its noun forms (QueryWordForms.Nouns) that far more codes hold: "congested nose" → congestion nose (before,
    // respelled *converted*), "dizzy" → dizziness, "dehydrated" → dehydration (before, nothing), "anxious" → anxiety
    // (before, F60.6 *Avoidant personality disorder* through its index term). Null to keep the word.
    private string? ConditionNoun(QueryToken token, IReadOnlyList<string> others)
    {
        var own = Held(token.Stemmed);
        if (own > RareWordCodes || (own > 0 && others.Count > 0 && Together.AnyWith(token.Raw, others))) return null;
        // A verb's -s form no code holds, for the symptom a title names by its -ing form, even once ("snores" → snoring,
        // R06.83 alone): the exact -ing word of the same verb is no guess.
        if (own == 0 && HeldGerund(token.Raw) is { } gerund) return gerund;
        foreach (var form in QueryWordForms.Nouns(token.Raw))
        {
            if (QueryTokens.Analyze(form) is not [var noun]) continue;
            var held = Held(noun.Stemmed);
            if (held < MinNounCodes || held < RareWordRatio * own) continue;
            // A word some code holds is a name of its own ("dystrophic" of *epidermolysis bullosa dystrophica*): beside
            // other words its noun must be held beside them too.
            if (own == 0 || others.Count == 0 || Together.AnyWith(form, others)) return form;
        }
        return null;
    }

    // The -ing form of a verb's -s form when some code holds it ("snores" → snoring): also kept from the vocabulary's
    // spelling (QueryReader.VocabularySpelling), which would read "snores" as the lay term's "sores".
    private string? HeldGerund(string raw) =>
        QueryWordForms.Gerund(raw) is { } gerund && QueryTokens.Analyze(gerund) is [var ing] && Held(ing.Stemmed) >= MinGerundCodes
            ? gerund : null;

    // A complete word one letter short of an indexed word that is not common enough to complete to ("migrain" → migraine).
    private string? LastLetterDropped(string raw) =>
        _rawWords.Value.Candidates(raw, 1, ContextCandidates)
            .FirstOrDefault(c => c.Distance == 1 && c.Word.Length == raw.Length + 1 && c.Word.StartsWith(raw, StringComparison.Ordinal)).Word;
}
