using System.Security.Claims;

namespace CodeSearch.Server.Security;

/// <summary>The claims every way of authenticating gives a caller: a name and the permissions it holds.</summary>
public static class CallerIdentity
{
    /// <summary>Claim type of one permission held by the caller.</summary>
    public const string PermissionClaim = "codesearch/permission";

    /// <summary>Permission to receive CPT descriptors (licensed content).</summary>
    public const string CptPermission = "cpt";

    public static ClaimsIdentity Create(string name, IEnumerable<string> permissions, string authenticationType)
    {
        var identity = new ClaimsIdentity(authenticationType, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.Name, name));
        AddPermissions(identity, permissions);
        return identity;
    }

    /// <summary>Adds each permission once; values may themselves be space-separated lists (OAuth scope style).</summary>
    public static void AddPermissions(ClaimsIdentity identity, IEnumerable<string> permissions)
    {
        var split = permissions.SelectMany(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        foreach (var permission in split.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            identity.AddClaim(new Claim(PermissionClaim, permission.ToLowerInvariant()));
        }
    }

    public static bool IsAuthenticated(ClaimsPrincipal user) => user.Identities.Any(i => i.IsAuthenticated);

    public static bool Has(ClaimsPrincipal user, string permission) => user.HasClaim(PermissionClaim, permission);

    /// <summary>
    /// The caller as "credential type:name" (<c>apikey:billing</c>, <c>jwt:svc-claims</c>, <c>certificate:batch</c>),
    /// or null for anonymous callers. Rate limits and the access log use it, so a token whose subject equals an API
    /// key's name is still a different caller. An authenticated caller without a name is "TYPE:(unnamed)".
    /// </summary>
    public static string? Key(ClaimsPrincipal user)
    {
        var identity = user.Identities.FirstOrDefault(i => i.IsAuthenticated);
        if (identity is null) return null;
        var type = (identity.AuthenticationType ?? "unknown").ToLowerInvariant();
        return type + ":" + (identity.Name is { Length: > 0 } name ? name : "(unnamed)");
    }

    /// <summary>
    /// Removes every <see cref="PermissionClaim"/> an external credential (a token) carried itself: only the server
    /// grants permissions, from the configured claim, after this.
    /// </summary>
    public static void StripPermissions(ClaimsIdentity identity)
    {
        foreach (var claim in identity.FindAll(c => string.Equals(c.Type, PermissionClaim, StringComparison.OrdinalIgnoreCase)).ToList())
        {
            identity.RemoveClaim(claim);
        }
    }

    /// <summary>The caller's name, or null for anonymous callers.</summary>
    public static string? Name(ClaimsPrincipal user) =>
        IsAuthenticated(user) ? user.Identities.FirstOrDefault(i => i.IsAuthenticated && i.Name is { Length: > 0 })?.Name : null;
}
