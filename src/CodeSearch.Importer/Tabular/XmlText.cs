using System.Text;
using System.Xml;
using System.Xml.Linq;
using CodeSearch.Core.Errors;
using CodeSearch.Importer.Text;

namespace CodeSearch.Importer.Tabular;

/// <summary>Element access for the CDC XML: normalised text, required children and attributes, line numbers for errors.</summary>
internal static class XmlText
{
    /// <summary>The element's 1-based line, or 0 when the document was loaded without line info.</summary>
    public static int Line(XObject node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;

    /// <summary>Trims and collapses runs of whitespace (spaces, tabs, line breaks) to one space.</summary>
    public static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace) builder.Append(' ');
            pendingSpace = false;
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>All text inside the element, whitespace collapsed.</summary>
    public static string Value(XElement element) => Collapse(element.Value);

    /// <summary>The normalised text of the first child named <paramref name="name"/>; throws when absent or blank.</summary>
    public static string RequiredChildText(XElement parent, string name, string source)
    {
        var child = parent.Element(name)
                    ?? throw SourceErrors.Malformed(source, Line(parent), $"<{parent.Name.LocalName}> has no <{name}>");
        var text = Value(child);
        return text.Length > 0 ? text : throw SourceErrors.Malformed(source, Line(child), $"<{name}> is empty");
    }

    /// <summary>The trimmed value of a required, non-blank attribute.</summary>
    public static string RequiredAttribute(XElement element, string name, string source)
    {
        var value = element.Attribute(name)?.Value.Trim();
        return string.IsNullOrEmpty(value)
            ? throw SourceErrors.Malformed(source, Line(element), $"<{element.Name.LocalName}> has no {name} attribute")
            : value;
    }

    /// <summary>The normalised text of the only child named <paramref name="name"/>, null when absent; throws when repeated.</summary>
    public static string? OptionalSingleChildText(XElement parent, string name, string source)
    {
        XElement? found = null;
        foreach (var child in parent.Elements(name))
        {
            if (found is not null) throw SourceErrors.Malformed(source, Line(child), $"<{parent.Name.LocalName}> has more than one <{name}>");
            found = child;
        }
        return found is null ? null : Value(found);
    }

    /// <summary>Shorthand for a problem at an element's line.</summary>
    public static SourceDataException Error(string source, XObject at, string problem) => SourceErrors.Malformed(source, Line(at), problem);
}
