using System.ComponentModel.DataAnnotations;
using CodeSearch.Server.Options;

namespace CodeSearch.Server.Tests.Limits;

public class LimitsOptionsTests
{
    private static List<ValidationResult> Errors(LimitsOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }

    [Fact]
    public void Validate_Defaults_NoError()
    {
        Assert.Empty(Errors(new LimitsOptions()));
    }

    [Fact]
    public void Validate_ZeroBurst_ErrorNamingRateLimitBurst()
    {
        var errors = Errors(new LimitsOptions { RateLimit = new RateLimitOptions { Enabled = true, Burst = 0 } });

        Assert.Contains(errors, e => e.MemberNames.Contains("RateLimit.Burst"));
    }

    [Fact]
    public void Validate_NegativeConcurrency_Error()
    {
        Assert.Contains(Errors(new LimitsOptions { MaxConcurrentCalls = -1 }), e => e.MemberNames.Contains(nameof(LimitsOptions.MaxConcurrentCalls)));
    }
}
