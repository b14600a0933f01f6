using System.Text.RegularExpressions;

namespace CodeSearch.Suggestions.Assertion;

/// <summary>A word or punctuation token of a sentence with its offsets; <see cref="Lower"/> is what triggers compare.</summary>
internal sealed record ContextToken(int Start, int End, string Lower, bool IsWord);

/// <summary>
/// Splits text into words (letters/digits joined by ' or /, so "r/o", "s/p", "can't" stay whole) and single
/// punctuation marks. A hyphen only separates words and is no token, so "gram-negative" reads as "gram negative" and
/// "24-hour history of" as "24 hour history of". Used for both trigger phrases and sentences so they always agree.
/// </summary>
internal static partial class ContextTokenizer
{
    public static IReadOnlyList<ContextToken> Tokenize(string text) =>
        TokenRegex().Matches(text)
            .Select(m => new ContextToken(m.Index, m.Index + m.Length, m.Value.ToLowerInvariant(), char.IsLetterOrDigit(m.Value[0])))
            .ToArray();

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’/][\p{L}\p{N}]+)*|[^\s\-]")]
    private static partial Regex TokenRegex();
}
