using CodeSearch.Core.Errors;

namespace CodeSearch.Server.Security;

/// <summary>The caller is known but lacks a permission the request needs; maps to PERMISSION_DENIED.</summary>
internal sealed class PermissionDeniedException(string message) : CodeSearchException(message);
