using CodeSearch.Suggestions.Matching;
using CodeSearch.Suggestions.Text;

namespace CodeSearch.Suggestions.Neoplasms;

/// <summary>A word of a sentence as the Neoplasm Table matcher reads it (stop words kept: links are stop words).</summary>
/// <param name="Start">Offset into the client's text.</param>
/// <param name="End">Offset after the word.</param>
/// <param name="Folded">The folded word.</param>
/// <param name="Stem">Its stem.</param>
/// <param name="Role">Its neoplasm role.</param>
/// <param name="SiteStems">The table stems it stands for (an alias's, or its own stem).</param>
/// <param name="Side">The side it states.</param>
/// <param name="Stop">True for a stop word.</param>
/// <param name="BreakBefore">True when a clause break (. ; : brackets) separates it from the word before.</param>
/// <param name="CommaBefore">True when a comma separates it from the word before.</param>
/// <param name="Morphology">The Alphabetic Index morphology of a <see cref="NeoplasmWordRole.Morphology"/> head.</param>
internal readonly record struct NeoplasmToken(int Start, int End, string Folded, string Stem, NeoplasmWordRole Role,
    string[] SiteStems, Side Side, bool Stop, bool BreakBefore, bool CommaBefore, NeoplasmMorphology? Morphology = null)
{
    /// <summary>True for "and", "or" and a word after a comma: the start of another item of a list.</summary>
    public bool Coordinates => Folded is "and" or "or" || CommaBefore;
}

/// <summary>Reads a sentence into <see cref="NeoplasmToken"/>s.</summary>
internal static class NeoplasmTokens
{
    /// <summary>The sentence's tokens; a word with no role in the word file that the Alphabetic Index sends to the
    /// table ("sarcoma") is a <see cref="NeoplasmWordRole.Morphology"/> head.</summary>
    public static List<NeoplasmToken> Read(string text, TextSpan span, NeoplasmWords words, NeoplasmTable? table = null)
    {
        var raw = new List<(int Start, int End, string Folded)>();
        WordSplitter.Split(text, span.Start, span.End, (s, e, w) => raw.Add((s, e, w)));
        var tokens = new List<NeoplasmToken>(raw.Count);
        for (var i = 0; i < raw.Count; i++)
        {
            var (start, end, folded) = raw[i];
            var role = words.RoleOf(folded);
            // Two-word roles ("in situ") win over the first word's own role ("in" as a link).
            if (i + 1 < raw.Count && words.RoleOf(folded, raw[i + 1].Folded) is var pair && pair != NeoplasmWordRole.None) role = pair;
            else if (i > 0 && words.RoleOf(raw[i - 1].Folded, folded) is var prev && prev != NeoplasmWordRole.None) role = prev;
            var stem = Stemmer.Stem(folded);
            var morphology = role == NeoplasmWordRole.None ? table?.MorphologyOf(stem) : null;
            if (morphology is not null) role = NeoplasmWordRole.Morphology;
            var breakBefore = i > 0 && HasBreak(text, raw[i - 1].End, start);
            var side = folded switch { "right" => Side.Right, "left" => Side.Left, "bilateral" or "both" => Side.Bilateral, _ => Side.None };
            tokens.Add(new NeoplasmToken(start, end, folded, stem, role, morphology is null ? words.SiteStems(folded) : [], side,
                StopWords.Contains(folded), breakBefore, i > 0 && text.AsSpan(raw[i - 1].End, start - raw[i - 1].End).Contains(','), morphology));
        }
        return tokens;
    }

    private static bool HasBreak(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (text[i] is '.' or ';' or ':' or '(' or ')' or '[' or ']' or '\n') return true;
        }
        return false;
    }
}
