using CodeSearch.Tests;
using Microsoft.Playwright;

namespace CodeSearch.Workbench.Tests.Support;

/// <summary>The workbench in one browser tab, with the steps a coder takes; records every URL the page requests.</summary>
public sealed class WorkbenchPage(IPage page, string baseUrl) : IAsyncDisposable
{
    private readonly List<string> _requests = [];

    public IPage Page => page;

    public string BaseUrl => baseUrl;

    /// <summary>Every URL the page asked for, in order.</summary>
    public IReadOnlyList<string> Requests => _requests;

    public async Task GotoAsync()
    {
        page.Request += (_, request) => { lock (_requests) _requests.Add(request.Url); };
        await page.GotoAsync(baseUrl + "/");
        await page.WaitForSelectorAsync("body[data-ready=true]");
        await Assertions.Expect(page.Locator("#data-status")).Not.ToHaveTextAsync("Connecting…");
    }

    public async Task SetDateOfServiceAsync(string isoDate) => await page.FillAsync("#dos", isoDate);

    /// <summary>Pastes the note, presses "Suggest codes" and waits until the suggestions are shown.</summary>
    public async Task CodeNoteAsync(string note)
    {
        await page.ClickAsync("#tab-note");
        await page.FillAsync("#note", note);
        await page.ClickAsync("#suggest");
        await page.WaitForSelectorAsync("#note-view:not([hidden])");
        await Assertions.Expect(page.Locator("#suggest")).ToBeEnabledAsync();
    }

    public ILocator Marks => page.Locator("#note-view mark.ev");

    public ILocator Suggestion(string code) => page.Locator($"#suggestions .suggestion[data-code='ICD10CM:{code}']");

    public ILocator ClaimItems => page.Locator("#claim-list .claim-item");

    public async Task AcceptAsync(string code) => await Suggestion(code).Locator("button.accept").ClickAsync();

    /// <summary>Each highlighted piece of the note: its text, its assertion, its codes, and the evidence span it belongs
    /// to (the narrowest one when spans overlap: a piece may be part of a longer span cut by an overlapping one).</summary>
    public async Task<IReadOnlyList<MarkedSpan>> MarkedSpansAsync()
    {
        var result = new List<MarkedSpan>();
        foreach (var mark in await Marks.AllAsync())
        {
            result.Add(new MarkedSpan(
                await mark.TextContentAsync() ?? "", await mark.GetAttributeAsync("data-assertion") ?? "",
                await mark.GetAttributeAsync("data-codes") ?? "",
                int.Parse(await mark.GetAttributeAsync("data-start") ?? "-1", System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(await mark.GetAttributeAsync("data-end") ?? "-1", System.Globalization.CultureInfo.InvariantCulture)));
        }
        return result;
    }

    /// <summary>Types into the search box as a coder would and waits for the first result to be highlighted.</summary>
    public async Task TypeSearchAsync(string text)
    {
        await page.Keyboard.PressAsync("Alt+2");
        await Assertions.Expect(page.Locator("#search-input")).ToBeFocusedAsync();
        await page.Locator("#search-input").PressSequentiallyAsync(text, new() { Delay = 20 });
        // Type-ahead answers each pause in the typing; wait for the answer to the whole text, or a key pressed next
        // would act on an earlier list that the last answer then replaces.
        var typed = (await page.Locator("#search-input").InputValueAsync()).Trim().Replace("\\", "\\\\").Replace("\"", "\\\"");
        await page.WaitForSelectorAsync($"#search-results[data-query=\"{typed}\"] [role=option][aria-selected=true]");
    }

    /// <summary>Saves a screenshot into docs/workbench/ (the pictures docs/workbench.md shows).</summary>
    public async Task ScreenshotAsync(string name, ILocator? of = null)
    {
        var dir = Path.Combine(TestPaths.RepoRoot, "docs", "workbench");
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name + ".png");
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        if (of is null) await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        else await of.ScreenshotAsync(new LocatorScreenshotOptions { Path = path });
    }

    /// <summary>Nothing was requested from any host but the server, and nothing was kept in the browser.</summary>
    public async Task AssertNoLeakAsync(string note)
    {
        lock (_requests)
        {
            Assert.All(_requests, url => Assert.True(url.StartsWith(baseUrl + "/", StringComparison.Ordinal) || url.StartsWith("blob:", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal), $"request to another host: {url}"));
            Assert.All(_requests, url => Assert.DoesNotContain(note[..Math.Min(20, note.Length)], Uri.UnescapeDataString(url), StringComparison.Ordinal));
        }
        var stored = await page.EvaluateAsync<int>("() => localStorage.length + sessionStorage.length");
        Assert.Equal(0, stored);
        Assert.DoesNotContain(note[..Math.Min(20, note.Length)], Uri.UnescapeDataString(page.Url), StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync() => await page.Context.CloseAsync();
}

/// <summary>A highlighted piece of the note and the evidence span (Start, End) it is part of.</summary>
public sealed record MarkedSpan(string Text, string Assertion, string Codes, int Start, int End);
