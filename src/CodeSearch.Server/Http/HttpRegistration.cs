using Google.Protobuf.Reflection;
using Google.Rpc;
using Grpc.AspNetCore.Web;
using Microsoft.OpenApi.Models;

namespace CodeSearch.Server.Http;

/// <summary>
/// The HTTP doors onto the gRPC services: JSON transcoding of every unary RPC (routes from the <c>google.api.http</c>
/// options in the protos), the OpenAPI document generated from them, gRPC-Web for browsers, and the HTTP/1.1 port.
/// Transcoded and gRPC-Web calls run through the same endpoints, authorization and interceptors as gRPC calls.
/// </summary>
public static class HttpRegistration
{
    /// <summary>Where the OpenAPI document is served.</summary>
    public const string OpenApiPath = "/openapi/v1.json";

    public static IServiceCollection AddCodeSearchHttp(this IServiceCollection services)
    {
        // Error details (google.rpc.BadRequest and the rest) are written as JSON Any values, which needs their types.
        services.AddGrpc().AddJsonTranscoding(o => o.TypeRegistry = TypeRegistry.FromFiles(ErrorDetailsReflection.Descriptor));
        services.AddGrpcSwagger();
        services.AddSwaggerGen(swagger =>
        {
            swagger.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "CodeSearch",
                Version = "v1",
                Description = "Medical code lookup, search, validation and suggestions: the JSON form of the codesearch.v1 gRPC API.",
            });
            var contracts = Path.Combine(AppContext.BaseDirectory, "CodeSearch.Contracts.xml");
            if (File.Exists(contracts)) swagger.IncludeGrpcXmlComments(contracts, includeControllerXmlComments: true);
        });
        services.AddSingleton<IStartupFilter, HttpPortStartupFilter>();
        services.AddHostedService<ListeningLog>();
        return services;
    }

    /// <summary>
    /// gRPC-Web translation and the OpenAPI document. Call before <c>MapCodeSearch</c>: a gRPC-Web request must look
    /// like gRPC by the time the access log and authorization see it.
    /// </summary>
    public static WebApplication UseCodeSearchHttp(this WebApplication app)
    {
        app.UseGrpcWeb(new GrpcWebOptions { DefaultEnabled = true });
        app.UseSwagger(o => o.RouteTemplate = "openapi/{documentName}.json");
        return app;
    }
}
