using CodeSearch.Server.Tests.Support;
using CodeSearch.V1;
using Grpc.Core;
using static CodeSearch.Server.Tests.Support.Rpc;

namespace CodeSearch.Server.Tests.Security;

/// <summary>With auth off and a CPT file loaded, anonymous callers get CPT only with AllowCptWithoutAuth; keys still count.</summary>
public class CptWithoutAuthTests
{
    private static readonly GetCodeRequest Cpt00001 = new() { System = CodeSystem.Cpt, Code = "00001" };

    private static async Task<ConfiguredServerFactory> Start(bool allowCptWithoutAuth)
    {
        var settings = Callers.AuthSettings(authEnabled: false);
        settings["CodeSearch:Auth:AllowCptWithoutAuth"] = allowCptWithoutAuth ? "true" : "false";
        var factory = new ConfiguredServerFactory(settings);
        await factory.WaitUntilServingAsync(TimeSpan.FromSeconds(60));
        return factory;
    }

    [Fact]
    public async Task GetCode_AuthOffAnonymousCpt_PermissionDeniedButKeyWithPermissionAnswers()
    {
        using var factory = await Start(allowCptWithoutAuth: false);

        await FailsWith(StatusCode.PermissionDenied, () => factory.Client.GetCodeAsync(Cpt00001).ResponseAsync);
        var code = await factory.Client.GetCodeAsync(Cpt00001, Callers.ApiKey(Callers.BillingKey));
        Assert.Equal("00001", code.Code_);
        var icd = await factory.Client.GetCodeAsync(new GetCodeRequest { System = CodeSystem.Icd10Cm, Code = "E11.9" });
        Assert.Equal("E11.9", icd.Code_);
    }

    [Fact]
    public async Task GetCode_AuthOffAllowCptWithoutAuth_Answers()
    {
        using var factory = await Start(allowCptWithoutAuth: true);

        var code = await factory.Client.GetCodeAsync(Cpt00001);

        Assert.Equal("00001", code.Code_);
    }
}
