using CodeSearch.Core;
using CodeSearch.Core.Catalog;
using CodeSearch.Server.Options;
using Grpc.Core;
using Microsoft.Extensions.Options;
using Proto = CodeSearch.V1;

namespace CodeSearch.Server.Security;

/// <summary>
/// The CPT licence rule, in one place: CPT descriptors go only to callers holding the <c>cpt</c> permission (or to
/// anonymous callers when <see cref="AuthOptions.AllowCptWithoutAuth"/>). Requests naming CPT are refused with
/// PERMISSION_DENIED by <see cref="CptAccessInterceptor"/>; searches over "all systems" leave CPT out
/// (<see cref="MaySee(ServerCallContext)"/>, used by SearchCodes). While no CPT file is loaded there is nothing licensed to protect,
/// and CPT requests keep their FAILED_PRECONDITION.
/// </summary>
internal sealed class CptAccess(IIndexProvider indexes, IOptions<AuthOptions> options)
{
    public const string DeniedMessage = "CPT is licensed content: the caller lacks the 'cpt' permission.";

    /// <summary>True when the caller of <paramref name="context"/> may receive CPT descriptors.</summary>
    public bool MaySee(ServerCallContext context) => MaySee(context.GetHttpContext());

    /// <summary>The same for a request of another door (FHIR).</summary>
    public bool MaySee(HttpContext http)
    {
        var user = http.User;
        return CallerIdentity.Has(user, CallerIdentity.CptPermission)
            || (!CallerIdentity.IsAuthenticated(user) && options.Value.AllowCptWithoutAuth);
    }

    /// <summary>Throws <see cref="PermissionDeniedException"/> when the request names CPT and the caller may not see it.</summary>
    public void Enforce(object request, ServerCallContext context)
    {
        if (!NamesCpt(request) || !CptLoaded() || MaySee(context)) return;
        throw new PermissionDeniedException(DeniedMessage);
    }

    /// <summary>For other doors (FHIR): true when a request naming <paramref name="system"/> must be refused for this caller.</summary>
    public bool Denies(CodeSystemId system, HttpContext http) => system == CodeSystemId.Cpt && CptLoaded() && !MaySee(http);

    private bool CptLoaded() => indexes.Current.Releases.Any(r => r.Release.System == CodeSystemId.Cpt);

    /// <summary>Every request field through which a caller can ask for CPT.</summary>
    internal static bool NamesCpt(object request) => request switch
    {
        Proto.GetCodeRequest r => r.System == Proto.CodeSystem.Cpt,
        Proto.BatchGetCodesRequest r => r.Requests.Any(i => i.System == Proto.CodeSystem.Cpt),
        Proto.SearchCodesRequest r => r.Systems.Contains(Proto.CodeSystem.Cpt),
        Proto.ValidateCodesRequest r => r.System == Proto.CodeSystem.Cpt,
        Proto.SuggestCodesRequest r => r.Systems.Contains(Proto.CodeSystem.Cpt),
        Proto.StreamSuggestCodesRequest r => r.Request is { } inner && inner.Systems.Contains(Proto.CodeSystem.Cpt),
        _ => false,
    };
}
