using CodeSearch.Server.Options;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Certificate;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace CodeSearch.Server.Security;

/// <summary>
/// Authentication (API keys, JWT bearer, client certificates), the caller policy and the CPT rule. Credentials are
/// read on every call, auth on or off, so a caller that sends them is known (for CPT, the access log and rate
/// limits); only with <see cref="AuthOptions.Enabled"/> are calls without them refused.
/// </summary>
internal static class SecurityRegistration
{
    /// <summary>Authorization policy of the protected services: an authenticated caller.</summary>
    public const string CallerPolicy = "CodeSearchCaller";

    private const string SelectorScheme = "CodeSearch";

    public static IServiceCollection AddCodeSearchSecurity(this IServiceCollection services)
    {
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section).ValidateAnnotations<AuthOptions, AuthOptionsAnnotations>().ValidateOnStart();
        services.AddOptions<ReflectionOptions>().BindConfiguration(ReflectionOptions.Section);
        services.AddOptions<TlsOptions>().BindConfiguration(TlsOptions.Section)
            .Validate(t => string.IsNullOrEmpty(t.ClientCaFile) || File.Exists(t.ClientCaFile), "CodeSearch:Tls:ClientCaFile does not exist.")
            .ValidateOnStart();

        services.AddAuthentication(SelectorScheme)
            .AddPolicyScheme(SelectorScheme, "API key, bearer token or client certificate", o => o.ForwardDefaultSelector = SelectScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddJwtBearer()
            .AddCertificate();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<AuthOptions>>((bearer, auth) => JwtSetup.Configure(bearer, auth.Value.Jwt));
        services.AddOptions<CertificateAuthenticationOptions>(CertificateAuthenticationDefaults.AuthenticationScheme)
            .Configure<IOptions<AuthOptions>, IOptions<TlsOptions>>((certificates, auth, tls) => CertificateSetup.Configure(certificates, auth.Value, tls.Value));
        services.AddAuthorizationBuilder().AddPolicy(CallerPolicy, policy => policy.RequireAuthenticatedUser());
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, GrpcAuthorizationResultHandler>();
        services.AddSingleton<CptAccess>();
        return services;
    }

    /// <summary>The scheme for the credentials the request carries; with none, the API key scheme (which then has no result).</summary>
    private static string SelectScheme(HttpContext context)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        if (context.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.HeaderName) || authorization.StartsWith("ApiKey ", StringComparison.OrdinalIgnoreCase))
        {
            return ApiKeyAuthenticationHandler.SchemeName;
        }
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return JwtBearerDefaults.AuthenticationScheme;
        if (context.Connection.ClientCertificate is not null) return CertificateAuthenticationDefaults.AuthenticationScheme;
        return ApiKeyAuthenticationHandler.SchemeName;
    }
}
