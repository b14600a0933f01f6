using System.Text.RegularExpressions;
using CodeSearch.Workbench.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace CodeSearch.Workbench.Tests;

/// <summary>
/// The page against a server with auth on: it asks for a credential, sends it in a header on every call, keeps it for
/// the tab only, and says so when the server refuses it.
/// </summary>
public class AuthWorkbenchTests(AuthWorkbenchServer server, Chromium chromium) : IClassFixture<AuthWorkbenchServer>, IClassFixture<Chromium>
{
    [Fact]
    public async Task AuthOn_PageAsksForKey_WithTheKeyCodesTheNote_KeyNeverInAUrlNorKeptPastTheTab()
    {
        await using var page = await chromium.OpenAsync(server.BaseUrl);
        await Expect(page.Page.Locator("#auth-form")).ToBeVisibleAsync();
        await Expect(page.Page.Locator("#data-status")).ToContainTextAsync("credential");

        await page.Page.FillAsync("#auth-value", AuthWorkbenchServer.ApiKey);
        await page.Page.ClickAsync("#auth-use");

        await Expect(page.Page.Locator("#auth-form")).ToBeHiddenAsync();
        // The releases shown: the page has also fitted the date of service to them (today is past FY2026's end).
        await Expect(page.Page.Locator("#data-status")).ToContainTextAsync("ICD-10-CM FY2026");
        await Expect(page.Page.Locator("#data-status")).Not.ToHaveClassAsync(new Regex(@"\bdown\b"));
        await Expect(page.Page.Locator("#auth-forget")).ToBeVisibleAsync();
        await page.CodeNoteAsync("Pt with HTN, denies chest pain");
        await Expect(page.Suggestion("I10")).ToBeVisibleAsync();
        Assert.All(page.Requests, url => Assert.DoesNotContain(AuthWorkbenchServer.ApiKey, url, StringComparison.Ordinal));
        Assert.Equal(0, await page.Page.EvaluateAsync<int>("() => localStorage.length"));

        await page.Page.ClickAsync("#auth-forget");
        Assert.Equal(0, await page.Page.EvaluateAsync<int>("() => sessionStorage.length"));
        await Expect(page.Page.Locator("#auth-form")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AuthOn_WrongKey_PageSaysItWasNotAccepted()
    {
        await using var page = await chromium.OpenAsync(server.BaseUrl);

        await page.Page.FillAsync("#auth-value", "not-a-key-of-this-server");
        await page.Page.ClickAsync("#auth-use");

        await Expect(page.Page.Locator("#auth-why")).ToContainTextAsync("did not accept");
        await Expect(page.Page.Locator("#auth-form")).ToBeVisibleAsync();
        await Expect(page.Page.Locator("#data-status")).ToHaveClassAsync(new Regex(@"\bdown\b"));
    }
}
