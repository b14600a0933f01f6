using System.Collections.Frozen;
using System.Text;
using CodeSearch.Suggestions.Sections;
using DomainAssertion = CodeSearch.Suggestions.Assertion.AssertionKind;
using Proto = CodeSearch.V1;

namespace CodeSearch.Server.Mapping;

/// <summary>Assertions and note sections to their API forms.</summary>
internal static class SuggestionEnumMapper
{
    private static readonly FrozenDictionary<SectionKind, string> SectionNames =
        Enum.GetValues<SectionKind>().ToFrozenDictionary(kind => kind, kind => SnakeCase(kind.ToString()));

    public static Proto.Assertion ToProto(DomainAssertion assertion) => assertion switch
    {
        DomainAssertion.Present => Proto.Assertion.Present,
        DomainAssertion.Negated => Proto.Assertion.Negated,
        DomainAssertion.Possible => Proto.Assertion.Possible,
        DomainAssertion.Historical => Proto.Assertion.Historical,
        DomainAssertion.Family => Proto.Assertion.Family,
        DomainAssertion.Hypothetical => Proto.Assertion.Hypothetical,
        _ => Proto.Assertion.Unspecified,
    };

    /// <summary>The section's snake_case name ("family_history"); "unknown" for a value the enum does not define.</summary>
    public static string SectionName(SectionKind section) => SectionNames.GetValueOrDefault(section, "unknown");

    private static string SnakeCase(string pascal)
    {
        var text = new StringBuilder(pascal.Length + 8);
        foreach (var c in pascal)
        {
            if (char.IsUpper(c) && text.Length > 0) text.Append('_');
            text.Append(char.ToLowerInvariant(c));
        }
        return text.ToString();
    }
}
