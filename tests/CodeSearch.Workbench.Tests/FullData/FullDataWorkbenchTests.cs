using System.Diagnostics;
using System.Text.RegularExpressions;
using CodeSearch.Workbench.Tests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace CodeSearch.Workbench.Tests.FullData;

/// <summary>A coder's session against the server on the official files (it builds its own index once). Takes the
/// screenshots docs/workbench.md shows.</summary>
[Trait("Category", "FullData")]
public partial class FullDataWorkbenchTests(FullDataWorkbenchServer server, Chromium chromium, ITestOutputHelper output)
    : IClassFixture<FullDataWorkbenchServer>, IClassFixture<Chromium>
{
    [Fact]
    public async Task CodeNote_ClinicNote_NegatedAndHistoricalSpansAndAcceptedCodes()
    {
        await using var page = await chromium.OpenAsync(server.BaseUrl);
        Assert.InRange(Notes.Clinic.Length, 1900, 2300);

        var clock = Stopwatch.StartNew();
        await page.CodeNoteAsync(Notes.Clinic);
        clock.Stop();
        output.WriteLine($"suggest to highlighted codes: {clock.ElapsedMilliseconds} ms in the test, {await page.Page.GetAttributeAsync("body", "data-suggest-ms")} ms in the page, {Notes.Clinic.Length} characters");

        var spans = await page.MarkedSpansAsync();
        Assert.Contains(spans, s => s.Assertion == "negated" && Notes.Clinic[s.Start..s.End] == "chest pain");
        Assert.Contains(spans, s => s.Assertion == "family" && Notes.Clinic[s.Start..s.End] == "breast cancer");
        Assert.Contains(spans, s => s.Assertion == "present" && s.Codes.Contains("ICD10CM:E11.65", StringComparison.Ordinal));
        foreach (var span in spans)
        {
            // Every piece is the note's own text inside its evidence span, with the class of its assertion.
            Assert.Contains(span.Text, Notes.Clinic[span.Start..span.End], StringComparison.Ordinal);
            Assert.Contains(span.Assertion, new[] { "present", "negated", "possible", "historical", "family" });
        }
        var negated = spans.First(s => s.Assertion == "negated" && Notes.Clinic[s.Start..s.End] == "chest pain");
        await Expect(page.Page.Locator($"#note-view mark[data-start='{negated.Start}']").First).ToHaveClassAsync(ClassRegex("ev-negated"));

        await page.AcceptAsync("E11.65");
        await page.AcceptAsync("I10");
        await Expect(page.ClaimItems).ToHaveCountAsync(2);
        await page.Suggestion("E11.65").HoverAsync();
        await Expect(page.Page.Locator("#claim-checks p")).ToBeVisibleAsync();
        await page.Page.Locator("#excluded-box summary").ClickAsync();
        await page.ScreenshotAsync("coded-note");
        await page.AssertNoLeakAsync(Notes.Clinic);
    }

    [Fact]
    public async Task CodeList_Type1WithType2_Excludes1ConflictNextToBothCodes()
    {
        await using var page = await chromium.OpenAsync(server.BaseUrl);
        foreach (var code in new[] { "E11.9", "E10.9", "I10" })
        {
            await page.TypeSearchAsync(code);
            await Expect(page.Page.Locator("#search-results [role=option]").First).ToHaveAttributeAsync("data-code", code);
            await page.Page.Keyboard.PressAsync("Enter");
            await Expect(page.Page.Locator("#code-page .code.big")).ToHaveTextAsync(code);
            await page.Page.ClickAsync("#code-add");
            await page.Page.Locator("#search-input").FillAsync("");
        }

        var e119 = page.Page.Locator("#claim-list li[data-key='ICD10CM:E119']");
        await Expect(e119.Locator(".issue-excludes1")).ToContainTextAsync("E10.9");
        await Expect(page.Page.Locator("#claim-list li[data-key='ICD10CM:E109'] .issue-excludes1")).ToContainTextAsync("E11.9");
        await Expect(page.Page.Locator("#claim-checks")).ToContainTextAsync("problem");
        await page.ScreenshotAsync("conflict");

        await e119.Locator(".issue-excludes1 button", new() { HasText = "Remove E10.9" }).ClickAsync();
        await Expect(page.Page.Locator("#claim-list .issue-excludes1")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task CodePage_FemurFracture_NotesSeventhCharactersAndHierarchy()
    {
        await using var page = await chromium.OpenAsync(server.BaseUrl);

        await page.TypeSearchAsync("S72.00");
        await page.Page.Keyboard.PressAsync("Enter");

        var codePage = page.Page.Locator("#code-page");
        await Expect(codePage.Locator(".breadcrumb")).ToContainTextAsync("S72");
        await Expect(codePage.Locator(".notes-excludes1, .notes-excludes2").First).ToBeVisibleAsync();
        await Expect(codePage.Locator(".sevenths tbody tr").First).ToBeVisibleAsync();
        await Expect(codePage.Locator(".children li").First).ToBeVisibleAsync();
        await page.ScreenshotAsync("code-page", codePage);
    }

    [Fact]
    public async Task IndexLookup_NeoplasmTable_CellOpensItsCode()
    {
        await using var page = await chromium.OpenAsync(server.BaseUrl);

        await page.Page.Keyboard.PressAsync("Alt+3");
        await page.Page.Locator("#index-input").FillAsync("lung");
        await page.Page.SelectOptionAsync("#index-kind", "INDEX_KIND_NEOPLASMS");
        await page.Page.Keyboard.PressAsync("Enter");

        var cell = page.Page.Locator(".index-table tbody td button.code").First;
        await Expect(cell).ToBeVisibleAsync();
        var printed = (await cell.TextContentAsync())!.TrimEnd('-');
        await page.ScreenshotAsync("neoplasm-table");
        await cell.ClickAsync();
        await Expect(page.Page.Locator("#code-page .code.big")).ToContainTextAsync(printed[..3]);
    }

    private static Regex ClassRegex(string name) => new($@"\b{Regex.Escape(name)}\b");
}
