using CodeSearch.Server.Options;
using CodeSearch.Server.Security;
using Microsoft.Extensions.Options;

namespace CodeSearch.Server.Fhir;

/// <summary>
/// FHIR R4 terminology operations under <c>/fhir</c> (docs/fhir.md): metadata, CodeSystem read and search,
/// CodeSystem/$lookup, $validate-code and $subsumes, ValueSet/$expand and $validate-code, each operation by GET
/// (query parameters) and POST (a Parameters resource). A thin door over the domain services the gRPC handlers use,
/// with the same authentication, CPT rule, limits and access log.
/// </summary>
public static class FhirRegistration
{
    public static IServiceCollection AddCodeSearchFhir(this IServiceCollection services)
    {
        services.AddSingleton<FhirReleases>();
        services.AddSingleton<FhirCache>();
        services.AddSingleton<FhirLookup>();
        services.AddSingleton<FhirValidateCode>();
        services.AddSingleton<FhirExpand>();
        services.AddSingleton<FhirSubsumes>();
        services.AddSingleton<FhirCodeSystems>();
        services.AddSingleton<FhirDoor>();
        return services;
    }

    public static WebApplication MapCodeSearchFhir(this WebApplication app)
    {
        var fhir = app.MapGroup("/fhir").WithMetadata(new FhirRefusals());
        if (app.Services.GetRequiredService<IOptions<AuthOptions>>().Value.Enabled) fhir.RequireAuthorization(SecurityRegistration.CallerPolicy);
        var door = app.Services.GetRequiredService<FhirDoor>();

        fhir.MapGet("/metadata", (HttpContext http, FhirCodeSystems systems) =>
            door.RunAsync(http, "metadata", () => Task.FromResult<object>(systems.Metadata(http, http.Request.Query["mode"].ToString())))).AllowAnonymous();
        fhir.MapGet("/CodeSystem", (HttpContext http, FhirCodeSystems systems) =>
            door.RunAsync(http, "CodeSystem", () => Task.FromResult<object>(systems.Search(http, http.Request.Query))));
        fhir.MapGet("/CodeSystem/{id}", (HttpContext http, string id, FhirCodeSystems systems) =>
            door.RunAsync(http, "CodeSystem/{id}", () => Task.FromResult<object>(systems.Read(http, id))));

        Operation(fhir, door, "/CodeSystem/$lookup", (http, input, sp) => sp.GetRequiredService<FhirLookup>().Run(http, input));
        Operation(fhir, door, "/CodeSystem/$validate-code", (http, input, sp) => sp.GetRequiredService<FhirValidateCode>().ForCodeSystem(http, input));
        Operation(fhir, door, "/CodeSystem/$subsumes", (http, input, sp) => sp.GetRequiredService<FhirSubsumes>().Run(http, input));
        Operation(fhir, door, "/ValueSet/$expand", (http, input, sp) => sp.GetRequiredService<FhirExpand>().Run(http, input));
        Operation(fhir, door, "/ValueSet/$validate-code", (http, input, sp) => sp.GetRequiredService<FhirValidateCode>().ForValueSet(http, input));
        return app;
    }

    private static void Operation(RouteGroupBuilder fhir, FhirDoor door, string pattern, Func<HttpContext, FhirInput, IServiceProvider, object> run)
    {
        var name = pattern.TrimStart('/');
        fhir.MapMethods(pattern, [HttpMethods.Get, HttpMethods.Post], (HttpContext http) =>
            door.RunAsync(http, name, async () => run(http, await FhirDoor.InputAsync(http), http.RequestServices)));
    }
}
