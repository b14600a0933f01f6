using CodeSearch.Server.Security;

namespace CodeSearch.Server.Tests.Security;

public class ApiKeyHashTests
{
    [Fact]
    public void Sha256Hex_KnownKey_SameAsSha256sum()
    {
        // printf %s abc | sha256sum
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ApiKeyHash.Sha256Hex("abc"));
    }
}
