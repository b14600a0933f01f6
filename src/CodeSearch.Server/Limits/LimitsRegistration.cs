using CodeSearch.Server.Options;
using Grpc.AspNetCore.Server;
using Microsoft.Extensions.Options;

namespace CodeSearch.Server.Limits;

/// <summary>Registers admission by cost class, the suggestion worker pool, the stream budget and the send limit.</summary>
internal static class LimitsRegistration
{
    public static IServiceCollection AddCodeSearchLimits(this IServiceCollection services)
    {
        services.AddSingleton<StreamAdmission>();
        services.AddSingleton<CallLimiters>();
        services.AddSingleton<SuggestionWorkPool>();
        return services;
    }

    /// <summary>No response message larger than <see cref="LimitsOptions.MaxResponseBytes"/> leaves the server.</summary>
    public static void ApplySendLimit(GrpcServiceOptions grpc, IOptions<LimitsOptions> limits) =>
        grpc.MaxSendMessageSize = limits.Value.MaxResponseBytes;
}
