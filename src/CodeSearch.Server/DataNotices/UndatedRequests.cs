using System.Collections.Concurrent;
using CodeSearch.Core;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace CodeSearch.Server.DataNotices;

/// <summary>
/// Reads, from any request message of the API, whether it asks without a date of service and which code systems it
/// names: through the message descriptor (fields <c>date_of_service</c>, <c>system</c>, <c>systems</c>, and nested
/// <c>request</c>/<c>requests</c>), so every RPC with those fields is covered without a list per method. What to read
/// is worked out once per message type (<see cref="Plan"/>): this runs on every call.
/// </summary>
internal static class UndatedRequests
{
    private static readonly ConcurrentDictionary<MessageDescriptor, Plan> Plans = new();

    /// <summary>True when the message (or one of its nested requests) has a date_of_service field left unset.</summary>
    public static bool IsUndated(IMessage message)
    {
        var plan = PlanOf(message);
        if (plan.DateOfService is { } date) return date.Accessor.GetValue(message) is null;
        foreach (var nested in Nested(message, plan))
        {
            if (IsUndated(nested)) return true;
        }
        return false;
    }

    /// <summary>The systems the message names (system, systems, nested requests') as bits (<see cref="Bit"/>); 0 means all.</summary>
    public static int SystemMask(IMessage message)
    {
        var plan = PlanOf(message);
        var mask = 0;
        foreach (var (field, systems) in plan.SystemFields)
        {
            if (field.IsRepeated)
            {
                foreach (var value in (System.Collections.IEnumerable)field.Accessor.GetValue(message)) mask |= BitOf(value, systems);
            }
            else
            {
                mask |= BitOf(field.Accessor.GetValue(message), systems);
            }
        }
        foreach (var nested in Nested(message, plan)) mask |= SystemMask(nested);
        return mask;
    }

    /// <summary>The bit of one system in <see cref="SystemMask"/>.</summary>
    public static int Bit(CodeSystemId system) => 1 << (int)system;

    private static int BitOf(object value, IReadOnlyDictionary<int, CodeSystemId> systems) =>
        systems.TryGetValue(Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture), out var system) ? Bit(system) : 0;

    private static Plan PlanOf(IMessage message) => Plans.GetOrAdd(message.Descriptor, static d => Plan.For(d));

    private static IEnumerable<IMessage> Nested(IMessage message, Plan plan)
    {
        if (plan.NestedFields.Count == 0) return [];
        var found = new List<IMessage>();
        foreach (var field in plan.NestedFields)
        {
            var value = field.Accessor.GetValue(message);
            if (field.IsRepeated)
            {
                foreach (var item in (System.Collections.IEnumerable)value) found.Add((IMessage)item);
            }
            else if (value is IMessage single)
            {
                found.Add(single);
            }
        }
        return found;
    }

    /// <summary>The fields of one message type that matter here, and its CodeSystem enum numbers as domain systems.</summary>
    private sealed record Plan(
        FieldDescriptor? DateOfService,
        IReadOnlyList<(FieldDescriptor Field, IReadOnlyDictionary<int, CodeSystemId> Systems)> SystemFields,
        IReadOnlyList<FieldDescriptor> NestedFields)
    {
        public static Plan For(MessageDescriptor descriptor)
        {
            var fields = descriptor.Fields.InDeclarationOrder();
            var systemFields = fields
                .Where(f => f.FieldType == FieldType.Enum && f.EnumType.Name == "CodeSystem")
                .Select(f => (f, (IReadOnlyDictionary<int, CodeSystemId>)SystemsOf(f.EnumType)))
                .ToList();
            var nested = fields.Where(f => f.FieldType == FieldType.Message && f.Name is "request" or "requests").ToList();
            return new Plan(fields.FirstOrDefault(f => f.Name == "date_of_service"), systemFields, nested);
        }

        private static Dictionary<int, CodeSystemId> SystemsOf(EnumDescriptor type)
        {
            var systems = new Dictionary<int, CodeSystemId>();
            foreach (var value in type.Values)
            {
                if (Enum.TryParse<CodeSystemId>(value.Name, ignoreCase: true, out var system) && Enum.IsDefined(system)) systems[value.Number] = system;
            }
            return systems;
        }
    }
}
