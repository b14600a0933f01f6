using CodeSearch.Core.Reference;

namespace CodeSearch.Importer.Tabular;

/// <summary>
/// Finds the codes a Tabular List note names in parentheses: "(E08.-)" prefix E08, "(Z79.4)" exactly Z794,
/// "(E08-E13)" and "(E08.0-E08.9)" ranges, "(S00.- to S09.-)", and comma-, semicolon- or "and"-separated lists of these.
/// </summary>
/// <remarks>
/// A group carrying any other word ("(T36-T50 with fifth or sixth character 5)", "(G6PD)") yields nothing: its
/// qualifier narrows the codes in a way a <see cref="CodeReference"/> cannot express, and claiming the whole range
/// would be wrong. Ranges are always prefixes (they cover everything under both ends); a single code is a prefix
/// when written with "-" or ".-" or when it is a 3-character category. A range whose ends are out of order (a misprint such as
/// "T63.81-R63.83" in FY2023) is dropped, since it covers nothing.
/// </remarks>
public static class NoteReferenceParser
{
    /// <summary>All references in <paramref name="noteText"/>, in order of appearance, without duplicates.</summary>
    public static IReadOnlyList<CodeReference> Parse(string noteText)
    {
        List<CodeReference>? found = null;
        var open = -1;
        for (var i = 0; i < noteText.Length; i++)
        {
            if (noteText[i] == '(') open = i;
            else if (noteText[i] == ')' && open >= 0)
            {
                foreach (var reference in ParseGroup(noteText.AsSpan(open + 1, i - open - 1)))
                {
                    found ??= [];
                    if (!found.Contains(reference)) found.Add(reference);
                }
                open = -1;
            }
        }
        return found ?? (IReadOnlyList<CodeReference>)[];
    }

    /// <summary>References of the text between one pair of parentheses; empty when it is not purely a code list.</summary>
    internal static List<CodeReference> ParseGroup(ReadOnlySpan<char> group)
    {
        var tokens = NoteTokenizer.Tokenize(group);
        var references = new List<CodeReference>();
        var i = 0;
        while (i < tokens.Count)
        {
            var token = tokens[i];
            if (token.Kind == NoteTokenKind.Separator) { i++; continue; }
            if (token.Kind != NoteTokenKind.Code) return [];
            i++;
            var dashes = CountDashes(tokens, ref i);
            if (dashes > 0 && At(tokens, i, NoteTokenKind.Code))
            {
                AddRange(references, token.Value, tokens[i++].Value);
                CountDashes(tokens, ref i);
            }
            else if (At(tokens, i, NoteTokenKind.To) && At(tokens, i + 1, NoteTokenKind.Code))
            {
                AddRange(references, token.Value, tokens[i + 1].Value);
                i += 2;
                CountDashes(tokens, ref i);
            }
            else
            {
                references.Add(new CodeReference(token.Value, token.Value, IsPrefix: dashes > 0 || token.Value.Length == 3));
            }
        }
        return references;
    }

    private static void AddRange(List<CodeReference> references, string from, string to)
    {
        if (string.CompareOrdinal(from, to) <= 0) references.Add(new CodeReference(from, to, IsPrefix: true));
    }

    private static bool At(List<NoteToken> tokens, int i, NoteTokenKind kind) => i < tokens.Count && tokens[i].Kind == kind;

    private static int CountDashes(List<NoteToken> tokens, ref int i)
    {
        var start = i;
        while (At(tokens, i, NoteTokenKind.Dash)) i++;
        return i - start;
    }
}
