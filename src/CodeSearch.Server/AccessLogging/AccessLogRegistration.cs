using CodeSearch.Server.Options;

namespace CodeSearch.Server.AccessLogging;

/// <summary>Registers the access log's options, queue and batch writer (the middleware is added by <c>MapCodeSearch</c>).</summary>
internal static class AccessLogRegistration
{
    public static IServiceCollection AddCodeSearchAccessLog(this IServiceCollection services)
    {
        services.AddOptions<AccessLogOptions>().BindConfiguration(AccessLogOptions.Section).ValidateAnnotations<AccessLogOptions, AccessLogOptionsAnnotations>().ValidateOnStart();
        services.AddSingleton<AccessLogQueue>();
        services.AddHostedService<AccessLogWriter>();
        return services;
    }
}
