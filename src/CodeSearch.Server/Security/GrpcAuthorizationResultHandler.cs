using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace CodeSearch.Server.Security;

/// <summary>
/// Turns authorization failures on gRPC calls into gRPC statuses: no valid identity is UNAUTHENTICATED, an identity
/// without the right is PERMISSION_DENIED. JSON-transcoded and FHIR requests get the same refusal in their own form; other requests get the default HTTP
/// challenge or forbid.
/// </summary>
internal sealed class GrpcAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    public const string UnauthenticatedMessage = "Authentication required: send an API key (x-api-key) or a bearer token.";

    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Succeeded) return _default.HandleAsync(next, context, policy, authorizeResult);
        var (code, message) = authorizeResult.Forbidden
            ? (StatusCode.PermissionDenied, "The caller may not use this service.")
            : (StatusCode.Unauthenticated, UnauthenticatedMessage);
        // JSON-transcoded and FHIR requests get the refusal in their own form (Http/HttpRefusals.cs).
        if (Http.HttpRefusals.TryWrite(context, code, message) is { } refusal) return refusal;
        if (!GrpcStatusResponse.IsGrpc(context.Request)) return _default.HandleAsync(next, context, policy, authorizeResult);
        return GrpcStatusResponse.WriteAsync(context, code, message);
    }
}
