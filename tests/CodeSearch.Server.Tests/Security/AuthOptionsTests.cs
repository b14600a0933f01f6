using System.ComponentModel.DataAnnotations;
using CodeSearch.Server.Options;
using CodeSearch.Server.Security;

namespace CodeSearch.Server.Tests.Security;

/// <summary>The start-up check of CodeSearch:Auth refuses settings under which auth could not work as meant.</summary>
public class AuthOptionsTests
{
    private static List<string> Errors(AuthOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results.Select(r => r.ErrorMessage ?? "").ToList();
    }

    private static ApiKeyEntry Key(string name, string key) => new() { Name = name, Sha256 = ApiKeyHash.Sha256Hex(key) };

    [Fact]
    public void Validate_Defaults_NoError()
    {
        Assert.Empty(Errors(new AuthOptions()));
    }

    [Fact]
    public void Validate_EnabledWithoutAnyCredential_Error()
    {
        Assert.Contains(Errors(new AuthOptions { Enabled = true }), e => e.Contains("no caller could authenticate", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_KeyInsteadOfItsHash_Error()
    {
        var options = new AuthOptions { Enabled = true, ApiKeys = [new ApiKeyEntry { Name = "a", Sha256 = "plain-text-key" }] };

        Assert.Contains(Errors(options), e => e.Contains("64 hex digits", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_SameHashTwice_Error()
    {
        var options = new AuthOptions { Enabled = true, ApiKeys = [Key("a", "k1"), Key("b", "k1")] };

        Assert.Contains(Errors(options), e => e.Contains("same Sha256", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_JwtKeyWithoutIssuerOrAudience_Errors()
    {
        var options = new AuthOptions { Enabled = true, Jwt = new JwtOptions { SigningKey = Convert.ToBase64String(new byte[32]) } };

        var errors = Errors(options);

        Assert.Contains(errors, e => e.Contains("Audience", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("Issuer", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_ShortJwtKey_Error()
    {
        var options = new AuthOptions
        {
            Enabled = true, Jwt = new JwtOptions { SigningKey = Convert.ToBase64String(new byte[16]), Issuer = "i", Audience = "a" },
        };

        Assert.Contains(Errors(options), e => e.Contains("at least 32 bytes", StringComparison.Ordinal));
    }
}
