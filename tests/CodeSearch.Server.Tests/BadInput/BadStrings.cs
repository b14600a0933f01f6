namespace CodeSearch.Server.Tests.BadInput;

/// <summary>
/// Text that breaks naive code, by name: theories take the (ASCII) name, so xUnit never has to serialise a NUL or a
/// lone surrogate. Every entry is short enough for a query (at most 256 characters).
/// </summary>
internal static class BadStrings
{
    public static readonly IReadOnlyDictionary<string, string> Cases = new Dictionary<string, string>
    {
        ["quote"] = "\"", ["open-quote-phrase"] = "\"type 2 diabetes", ["star"] = "*", ["question"] = "?", ["tilde"] = "~",
        ["fuzzy"] = "diabetes~2", ["colon"] = ":", ["field"] = "description:diabetes", ["paren"] = "(", ["unbalanced"] = "((diabetes)",
        ["and"] = "AND", ["not"] = "NOT", ["or-operators"] = "diabetes || && ! -type +2", ["backslash"] = "\\", ["trailing-backslash"] = "diabetes\\",
        ["range"] = "[* TO *]", ["regex"] = "/.*/", ["wildcard-code"] = "E11*", ["boost"] = "diabetes^100", ["braces"] = "{a TO z}",
        ["nul"] = "\0", ["nul-in-word"] = "diab\0etes", ["controls"] = "\u0001\u0002\u001B[31m\u007F\u0085 diabetes",
        ["zero-width"] = "dia\u200Bbetes", ["zero-width-only"] = "\u200B\u200C\u200D\uFEFF",
        ["right-to-left"] = "\u202Ediabetes\u202C", ["rtl-marks"] = "\u200F\u200E\u061C", ["bidi-isolates"] = "\u2066diabetes\u2069",
        ["combining"] = "diabe\u0301tes", ["combining-only"] = new string('\u0301', 200), ["zalgo"] = "d" + new string('\u0336', 100) + "iabetes",
        ["lone-high-surrogate"] = "\uD800", ["lone-low-surrogate"] = "diabetes \uDC00", ["reversed-pair"] = "\uDE00\uD83D",
        ["emoji"] = "\uD83D\uDE00 diabetes", ["replacement-char"] = "\uFFFD", ["noncharacter"] = "\uFFFF\uFFFE",
        ["fullwidth"] = "ｄｉａｂｅｔｅｓ", ["line-separators"] = "diabetes\u2028type\u20292", ["percent"] = "%%%",
        ["sql"] = "'; DROP TABLE codes; --", ["html"] = "<script>alert(1)</script>", ["format-string"] = "{0} %s %n",
    };

    public static TheoryData<string> Names => new(Cases.Keys);

    /// <summary>White space only, by name: every one of these is "empty".</summary>
    public static readonly IReadOnlyDictionary<string, string> Blank = new Dictionary<string, string>
    {
        ["empty"] = "", ["spaces"] = "   ", ["tabs-newlines"] = "\t\r\n", ["nbsp"] = "\u00A0", ["ideographic-space"] = "\u3000",
        ["line-separator"] = "\u2028", ["next-line"] = "\u0085",
    };

    public static TheoryData<string> BlankNames => new(Blank.Keys);

    /// <summary>Malformed codes, by name.</summary>
    public static readonly IReadOnlyDictionary<string, string> MalformedCodes = new Dictionary<string, string>
    {
        ["double-dot"] = "E11..9", ["percent"] = "%%%", ["ten-thousand"] = new string('E', 10_000), ["dot-first"] = ".E119",
        ["inner-space"] = "E1 1.9", ["nul"] = "E11.9\0", ["zero-width"] = "E11.9\u200B", ["fullwidth"] = "Ｅ１１.９",
        ["lone-surrogate"] = "E11\uD800", ["star"] = "E11*", ["lucene"] = "code:E119", ["seventeen"] = "E119" + new string('0', 13),
    };

    public static TheoryData<string> MalformedCodeNames => new(MalformedCodes.Keys);
}
