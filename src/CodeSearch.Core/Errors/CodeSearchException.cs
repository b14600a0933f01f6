namespace CodeSearch.Core.Errors;

/// <summary>
/// Base of the domain errors. The server maps each subtype to one gRPC status in one place;
/// messages are for clients and never contain note text.
/// </summary>
public abstract class CodeSearchException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>A request field is invalid; maps to INVALID_ARGUMENT with a BadRequest field violation per entry.</summary>
public sealed class InvalidRequestException(IReadOnlyList<FieldViolation> violations)
    : CodeSearchException(string.Join("; ", violations.Select(v => $"{v.Field}: {v.Description}")))
{
    public InvalidRequestException(string field, string description) : this([new FieldViolation(field, description)]) { }

    public IReadOnlyList<FieldViolation> Violations { get; } = violations;
}

/// <summary>One invalid field: the path (e.g. "requests[3].code") and what is wrong.</summary>
public sealed record FieldViolation(string Field, string Description);

/// <summary>The code (or other resource) does not exist; maps to NOT_FOUND.</summary>
public sealed class CodeNotFoundException(string message) : CodeSearchException(message);

/// <summary>The request is valid but cannot be answered with what is loaded (e.g. no release covers a date); maps to FAILED_PRECONDITION.</summary>
public sealed class ReleaseNotLoadedException(string message) : CodeSearchException(message);

/// <summary>The index is not open yet; maps to UNAVAILABLE.</summary>
public sealed class ServiceNotReadyException(string message) : CodeSearchException(message);

/// <summary>An official source file is missing, truncated or malformed. The message names the file and the problem.</summary>
public sealed class SourceDataException(string message, Exception? inner = null) : CodeSearchException(message, inner);
