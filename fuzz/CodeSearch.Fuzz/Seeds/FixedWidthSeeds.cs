using System.Text;

namespace CodeSearch.Fuzz.Seeds;

/// <summary>
/// Hand-written seeds in the layouts of the CDC/CMS fixed-width files (order file, order addenda, HCPCS records). The
/// codes have the official shapes; every title is made up for fuzzing, none is taken from a release file.
/// </summary>
internal static class FixedWidthSeeds
{
    /// <summary>"NNNNN CCCCCCC F short(60) long".</summary>
    public static string OrderLine(int order, string code, char flag, string shortTitle, string longTitle) =>
        $"{order:D5} {code,-7} {flag} {shortTitle,-60} {longTitle}";

    public static byte[] CmOrderFile() => Lines(
        OrderLine(1, "Q99", '0', "Seed header one", "Seed header one for fuzzing"),
        OrderLine(2, "Q990", '1', "Seed code one", "Seed code one, made up for fuzzing"),
        OrderLine(3, "Q991", '0', "Seed subheader", "Seed subheader with children"),
        OrderLine(4, "Q9910", '1', "Seed child a", "Seed child a of the subheader"),
        OrderLine(5, "Q9911X1", '1', "Seed seven character", "Seed seven character code, initial encounter"),
        OrderLine(6, "Q9912", '1', "Seed added", "Seed added code"),
        "",
        OrderLine(7, "U999", '1', "Seed special", "Seed special purpose code"));

    public static byte[] PcsOrderFile() => Lines(
        OrderLine(1, "0Z9", '0', "Seed section", "Seed body system operation header"),
        OrderLine(2, "0Z90ZZZ", '1', "Seed procedure a", "Seed procedure a, open approach"),
        OrderLine(3, "0Z94ZZZ", '1', "Seed procedure b", "Seed procedure b, percutaneous endoscopic approach"));

    /// <summary>CM addenda: label (13), flag in 14, code from 16.</summary>
    public static byte[] CmAddenda() => Lines(
        $"{"Add:",-13}1 {"Q9912",-7} {"Seed added",-60} Seed added code",
        $"{"Delete:",-13}1 {"Q9913",-7} {"Seed deleted",-60} Seed deleted code",
        $"{"Revise from:",-13}1 {"Q990",-7} {"Seed code one",-60} Seed code one, old title",
        $"{"Revise to:",-13}1 {"Q990",-7} {"Seed code one",-60} Seed code one, made up for fuzzing",
        "",
        "Summary of changes: 1 added, 1 deleted, 1 revised");

    /// <summary>PCS addenda: label (13), code from 14, no flag.</summary>
    public static byte[] PcsAddenda() => Lines(
        $"{"Add:",-13}{"0Z94ZZZ",-7} {"Seed procedure b",-60} Seed procedure b, percutaneous endoscopic approach",
        $"{"Delete:",-13}{"0Z95ZZZ",-7} {"Seed procedure c",-60} Seed procedure c, external approach");

    /// <summary>One 320-column HCPCS record.</summary>
    public static string HcpcsRecord(string code, char recordId, string longText, string shortText = "",
        string addDate = "", string actionDate = "", string termination = "", char action = ' ')
    {
        var line = new StringBuilder(new string(' ', 320));
        void Put(int column, string text) { for (var i = 0; i < text.Length; i++) line[column - 1 + i] = text[i]; }
        Put(1, code);
        Put(6, "00100");
        line[10] = recordId;
        Put(12, longText.Length > 80 ? longText[..80] : longText);
        Put(92, shortText.Length > 28 ? shortText[..28] : shortText);
        Put(269, addDate);
        Put(277, actionDate);
        Put(285, termination);
        line[292] = action;
        return line.ToString();
    }

    public static byte[] Hcpcs() => Lines(
        HcpcsRecord("Q9990", '3', "Seed supply item, per unit, made up for fuzzing the record reader of", "Seed supply", "20200101", "20200101", "", 'N'),
        HcpcsRecord("Q9990", '4', "the HCPCS file"),
        HcpcsRecord("Q9991", '3', "Seed service, each fifteen minutes", "Seed service", "20190401", "20240101", "20241231", 'D'),
        HcpcsRecord("   Z9", '7', "Seed modifier for fuzzing", "Seed modifier", "20210101", "20210101", "", 'A'),
        HcpcsRecord("   Z9", '8', "continued"),
        new string(' ', 320));

    public static byte[] CptCsv() => Encoding.UTF8.GetBytes(
        "code,short_description,long_description\r\n" +
        "99990,Seed visit,\"Seed visit, made up, with \"\"quotes\"\" and a comma\"\r\n" +
        "9999F,Seed measure,Seed performance measure\r\n" +
        "ZZ,Seed modifier,\"Seed modifier on\ntwo lines\"\r\n");

    private static byte[] Lines(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n");
}
