using CodeSearch.Importer.Text;

namespace CodeSearch.Importer.Hcpcs;

/// <summary>Reads and checks the code columns: a letter and 4 digits, or a 2-character modifier in columns 4-5.</summary>
internal static class HcpcsCodeShape
{
    public static string ReadProcedure(SourceLine line, string source)
    {
        var code = FixedWidth.Columns(line.Text, HcpcsLayout.CodeFirst, HcpcsLayout.CodeLast);
        if (code.Length != 5 || !char.IsAsciiLetterUpper(code[0]) || code[1..].ContainsAnyExceptInRange('0', '9'))
        {
            throw SourceErrors.Malformed(source, line.Number, $"columns 1-5 {SourceErrors.Quote(code)} are not a HCPCS code (letter + 4 digits)");
        }
        return code.ToString();
    }

    public static string ReadModifier(SourceLine line, string source)
    {
        var lead = FixedWidth.Columns(line.Text, 1, HcpcsLayout.ModifierFirst - 1);
        var code = FixedWidth.Columns(line.Text, HcpcsLayout.ModifierFirst, HcpcsLayout.CodeLast);
        if (!lead.IsWhiteSpace() || code.Length != 2 || !IsModifierChar(code[0]) || !IsModifierChar(code[1]))
        {
            throw SourceErrors.Malformed(source, line.Number,
                $"columns 1-5 {SourceErrors.Quote(FixedWidth.Columns(line.Text, 1, 5))} are not a modifier (3 blanks + 2 characters)");
        }
        return code.ToString();
    }

    private static bool IsModifierChar(char c) => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c);
}
