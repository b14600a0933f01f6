namespace CodeSearch.Importer.Tests.Support;

/// <summary>Builds lines in the official fixed-width layouts, so inline tests state only what matters.</summary>
internal static class TestLines
{
    public static string Order(int order, string code, char flag, string shortTitle, string longTitle) =>
        $"{order:D5} {code,-7} {flag} {shortTitle,-60} {longTitle}";

    public static string CmAddenda(string label, char flag, string code, string title) =>
        $"{label,-13}{flag} {code,-7} {title,-60} {title}";

    public static string PcsAddenda(string label, string code, string title) =>
        $"{label,-13}{code,-7} {title,-60} {title}";

    /// <summary>A HCPCS record padded to 320 characters; record IDs 7/8 put the modifier in columns 4-5.</summary>
    public static string HcpcsRecord(string code, char recordId, string longText, string shortText = "",
        string addDate = "", string actionDate = "", string termination = "", string action = "")
    {
        var head = recordId is '7' or '8' ? "   " + code : code;
        var line = $"{head,-5}00100{recordId}{longText,-80}{shortText,-28}".PadRight(268)
                   + $"{addDate,-8}{actionDate,-8}{termination,-8}{action,-1}";
        return line.PadRight(320);
    }

    /// <summary>Joins lines with CRLF and a final CRLF, like the official files.</summary>
    public static string Crlf(params string[] lines) => string.Concat(lines.Select(l => l + "\r\n"));

    public static string Lf(params string[] lines) => string.Concat(lines.Select(l => l + "\n"));
}
