using CodeSearch.Server.Telemetry;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CodeSearch.Server.Options;

// The options' data annotations ([Required], [Range]) and IValidatableObject checks, validated by code the options
// source generator writes at compile time (and ReadyToRun precompiles) instead of ValidateDataAnnotations, whose
// reflection emitted and JIT-compiled an accessor per property at every start (docs/operations.md "Start-up time").
// The same checks and the same failure messages.

[OptionsValidator] internal sealed partial class DataOptionsAnnotations : IValidateOptions<DataOptions>;
[OptionsValidator] internal sealed partial class CacheOptionsAnnotations : IValidateOptions<CacheOptions>;
[OptionsValidator] internal sealed partial class LimitsOptionsAnnotations : IValidateOptions<LimitsOptions>;
[OptionsValidator] internal sealed partial class AccessLogOptionsAnnotations : IValidateOptions<AccessLogOptions>;
[OptionsValidator] internal sealed partial class MemoryOptionsAnnotations : IValidateOptions<MemoryOptions>;
[OptionsValidator] internal sealed partial class AuthOptionsAnnotations : IValidateOptions<AuthOptions>;
[OptionsValidator] internal sealed partial class TelemetryOptionsAnnotations : IValidateOptions<TelemetryOptions>;

internal static class AnnotationValidation
{
    /// <summary>Validates the options' data annotations with the generated <typeparamref name="TValidator"/>.</summary>
    public static OptionsBuilder<TOptions> ValidateAnnotations<TOptions, TValidator>(this OptionsBuilder<TOptions> builder)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, TValidator>());
        return builder;
    }
}
