using CodeSearch.Workbench.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CodeSearch.Workbench.Tests;

/// <summary>A coder's session in Chromium against the server on the hand-written sample.</summary>
public class SampleWorkbenchTests(SampleWorkbenchServer server, Chromium chromium) : IClassFixture<SampleWorkbenchServer>, IClassFixture<Chromium>
{
    private const string Note = "Pt with HTN and T2DM, denies chest pain";

    private Task<WorkbenchPage> OpenAsync() => chromium.OpenAsync(server.BaseUrl);

    [Fact]
    public async Task CodeNote_EvidenceHighlightedByAssertion_NegatedMentionShownApart()
    {
        await using var page = await OpenAsync();

        await page.CodeNoteAsync(Note);

        var spans = await page.MarkedSpansAsync();
        Assert.Contains(new MarkedSpan("HTN", "present", "ICD10CM:I10", 8, 11), spans);
        var chestPain = Assert.Single(spans, s => s.Text == "chest pain");
        Assert.Equal(("negated", "chest pain"), (chestPain.Assertion, Note[chestPain.Start..chestPain.End]));
        await Expect(page.Marks.Filter(new() { HasText = "chest pain" })).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bev-negated\b"));
        await Expect(page.Page.Locator("#excluded .suggestion[data-code^='ICD10CM:R07']").First).ToBeAttachedAsync();
        await Expect(page.Page.Locator("#suggestions .suggestion[data-code^='ICD10CM:R07']")).ToHaveCountAsync(0);
        await Expect(page.Suggestion("E11.9")).ToBeVisibleAsync();
        await page.AssertNoLeakAsync(Note);
    }

    [Fact]
    public async Task CodeNote_HoverCodeLightsEvidence_SelectSpanShowsItsCodes()
    {
        await using var page = await OpenAsync();
        await page.CodeNoteAsync(Note);

        await page.Suggestion("I10").HoverAsync();
        await Expect(page.Marks.Filter(new() { HasText = "HTN" })).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\blit\b"));

        await page.Marks.Filter(new() { HasText = "HTN" }).FocusAsync();
        await page.Page.Keyboard.PressAsync("Enter");
        await Expect(page.Page.Locator("#span-codes")).ToContainTextAsync("I10");
        await Expect(page.Suggestion("I10")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\blit\b"));
    }

    [Fact]
    public async Task CodeList_AcceptReorderAndExcludes1Conflict_FixRemovesIt()
    {
        await using var page = await OpenAsync();
        await page.CodeNoteAsync(Note);

        await page.AcceptAsync("I10");
        await page.AcceptAsync("E11.9");
        await Expect(page.ClaimItems).ToHaveCountAsync(2);
        await Expect(page.ClaimItems.First).ToHaveAttributeAsync("data-key", "ICD10CM:I10");

        // Principal first: move E11.9 up with the keyboard.
        await page.ClaimItems.Nth(1).FocusAsync();
        await page.Page.Keyboard.PressAsync("Alt+ArrowUp");
        await Expect(page.ClaimItems.First).ToHaveAttributeAsync("data-key", "ICD10CM:E119");
        await Expect(page.Page.Locator("#claim-checks")).ToContainTextAsync("check out");

        // Type 1 next to type 2: found by keyboard, opened, added; the Excludes1 note of E11 makes a conflict.
        await page.TypeSearchAsync("E10.9");
        await page.Page.Keyboard.PressAsync("Enter");
        await Expect(page.Page.Locator("#code-page h2")).ToContainTextAsync("E10.9");
        await page.Page.ClickAsync("#code-add");
        var e119 = page.Page.Locator("#claim-list li[data-key='ICD10CM:E119']");
        var e109 = page.Page.Locator("#claim-list li[data-key='ICD10CM:E109']");
        await Expect(e119.Locator(".issue-excludes1")).ToContainTextAsync("E10.9");
        await Expect(e109.Locator(".issue-excludes1")).ToContainTextAsync("E11.9");

        await e119.Locator(".issue-excludes1 button", new() { HasText = "Remove E10.9" }).ClickAsync();
        await Expect(page.ClaimItems).ToHaveCountAsync(2);
        await Expect(page.Page.Locator("#claim-list .issue-excludes1")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Search_Keyboard_ArrowsMoveEscapeClosesEnterOpens()
    {
        await using var page = await OpenAsync();

        await page.TypeSearchAsync("diabetes");
        var options = page.Page.Locator("#search-results [role=option]");
        Assert.True(await options.CountAsync() >= 2, "at least two results for 'diabetes' in the sample");
        await Expect(options.Nth(0)).ToHaveAttributeAsync("aria-selected", "true");
        await page.Page.Keyboard.PressAsync("ArrowDown");
        await Expect(options.Nth(1)).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(page.Page.Locator("#search-input")).ToHaveAttributeAsync("aria-activedescendant", "search-option-1");
        var second = await options.Nth(1).GetAttributeAsync("data-code");

        await page.Page.Keyboard.PressAsync("Enter");
        await Expect(page.Page.Locator("#code-page .code.big")).ToHaveTextAsync(second!);

        await page.Page.FocusAsync("#search-input");
        await page.Page.Keyboard.PressAsync("Escape");
        await Expect(options).ToHaveCountAsync(0);
        await Expect(page.Page.Locator("#search-input")).ToHaveAttributeAsync("aria-expanded", "false");
    }

    [Fact]
    public async Task Export_Csv_HasTheListInOrderAndNoNote()
    {
        await using var page = await OpenAsync();
        await page.CodeNoteAsync(Note);
        await page.AcceptAsync("E11.9");
        await page.AcceptAsync("I10");

        var download = await page.Page.RunAndWaitForDownloadAsync(() => page.Page.ClickAsync("#export-csv"));
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);

        var lines = csv.TrimEnd().Split("\r\n");
        Assert.Equal("position,system,code,description,billable", lines[0]);
        Assert.StartsWith("1,ICD10CM,E11.9,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("2,ICD10CM,I10,", lines[2], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
        Assert.DoesNotContain("denies", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_Fhir_CanonicalSystemUri()
    {
        await using var page = await OpenAsync();
        await page.CodeNoteAsync(Note);
        await page.AcceptAsync("I10");

        var download = await page.Page.RunAndWaitForDownloadAsync(() => page.Page.ClickAsync("#export-fhir"));
        var json = await File.ReadAllTextAsync((await download.PathAsync())!);

        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var resource = Assert.Single(doc.RootElement.EnumerateArray());
        Assert.Equal("Condition", resource.GetProperty("resourceType").GetString());
        var coding = resource.GetProperty("code").GetProperty("coding")[0];
        Assert.Equal(("http://hl7.org/fhir/sid/icd-10-cm", "I10"), (coding.GetProperty("system").GetString(), coding.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task Page_At200PercentZoom_OneColumnAndNoHorizontalScroll()
    {
        // 200% zoom on a 1366-pixel laptop is a 683-CSS-pixel viewport at scale 2.
        await using var page = await chromium.OpenAsync(server.BaseUrl, 683, 384, 2);
        await page.CodeNoteAsync(Note);

        var overflow = await page.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");
        Assert.False(overflow, "the page scrolls sideways at 200% zoom");
        await Expect(page.Page.Locator("#suggest")).ToBeVisibleAsync();
    }
}
