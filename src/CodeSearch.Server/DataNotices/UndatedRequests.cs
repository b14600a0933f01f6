using CodeSearch.Core;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace CodeSearch.Server.DataNotices;

/// <summary>
/// Reads, from any request message of the API, whether it asks without a date of service and which code systems it
/// names: through the message descriptor (fields <c>date_of_service</c>, <c>system</c>, <c>systems</c>, and nested
/// <c>request</c>/<c>requests</c>), so every RPC with those fields is covered without a list per method.
/// </summary>
internal static class UndatedRequests
{
    /// <summary>True when the message (or one of its nested requests) has a date_of_service field left unset.</summary>
    public static bool IsUndated(IMessage message)
    {
        var fields = message.Descriptor.Fields;
        if (fields.InDeclarationOrder().FirstOrDefault(f => f.Name == "date_of_service") is { } date)
        {
            return date.Accessor.GetValue(message) is null;
        }
        return Nested(message).Any(IsUndated);
    }

    /// <summary>The systems the message names (system, systems, nested requests'); empty means all.</summary>
    public static IReadOnlyCollection<CodeSystemId> Systems(IMessage message)
    {
        var found = new HashSet<CodeSystemId>();
        Collect(message, found);
        return found;
    }

    private static void Collect(IMessage message, HashSet<CodeSystemId> found)
    {
        foreach (var field in message.Descriptor.Fields.InDeclarationOrder())
        {
            if (field.FieldType != FieldType.Enum || field.EnumType.Name != "CodeSystem") continue;
            var values = field.IsRepeated ? ((System.Collections.IEnumerable)field.Accessor.GetValue(message)).Cast<object>() : [field.Accessor.GetValue(message)];
            foreach (var value in values)
            {
                var name = field.EnumType.FindValueByNumber(Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture))?.Name;
                if (name is not null && Enum.TryParse<CodeSystemId>(name, ignoreCase: true, out var system) && Enum.IsDefined(system)) found.Add(system);
            }
        }
        foreach (var nested in Nested(message)) Collect(nested, found);
    }

    private static IEnumerable<IMessage> Nested(IMessage message)
    {
        foreach (var field in message.Descriptor.Fields.InDeclarationOrder())
        {
            if (field.FieldType != FieldType.Message || field.Name is not ("request" or "requests")) continue;
            var value = field.Accessor.GetValue(message);
            if (field.IsRepeated)
            {
                foreach (var item in (System.Collections.IEnumerable)value) yield return (IMessage)item;
            }
            else if (value is IMessage single)
            {
                yield return single;
            }
        }
    }
}
