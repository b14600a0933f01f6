using CodeSearch.Core.Errors;

namespace CodeSearch.Server.Validation;

/// <summary>Collects field violations; <see cref="ThrowIfAny"/> raises them together as one INVALID_ARGUMENT.</summary>
internal sealed class Violations
{
    private List<FieldViolation>? _list;

    public void Add(string field, string description) => (_list ??= []).Add(new FieldViolation(field, description));

    public void ThrowIfAny()
    {
        if (_list is { Count: > 0 }) throw new InvalidRequestException(_list);
    }
}
