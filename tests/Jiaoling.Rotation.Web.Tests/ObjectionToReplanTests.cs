using System.Text.Json;
using Jiaoling.Rotation.Data.Store;
using Jiaoling.Rotation.Domain;
using Microsoft.Playwright;

namespace Jiaoling.Rotation.Tests.Review;

[Collection(ReviewCollection.Name)]
public sealed class ObjectionToReplanTests(ReviewSeed seed) : ReviewTest(seed)
{
    [Fact]
    public async Task A_principals_objection_turned_into_forbid_removes_the_row_and_the_shown_difference_is_the_whole_change()
    {
        var before = await Site.CurrentRunAsync();
        var oldPlan = await Site.PlanAsync(before.RunId);
        var (principal, row) = (await Site.PrincipalsAsync()).SkipLast(1)
            .SelectMany(p => oldPlan.Assignments
                .Where(a => a.Kind == AssignmentKind.Transfer && (p.Scope.Contains(a.From.Value) || p.Scope.Contains(a.To.Value)))
                .Select(a => (p.Account, a)))
            .First();
        await using var browser = await BrowserSession.StartAsync();

        var school = await browser.SignInAsync(Site.BaseAddress, principal.Login, principal.Password!);
        var form = school.Locator($"tr[data-teacher='{row.TeacherId.Value}'] form");
        await form.Locator("input[value=object]").CheckAsync();
        await form.Locator("textarea").FillAsync("该教师家中有重病老人需照顾，不宜远调。");
        await form.Locator("button").ClickAsync();
        await school.WaitForURLAsync("**/school");
        await BrowserSession.ScreenshotAsync(school, "1-principal-objected");
        Assert.Contains("该教师家中有重病老人需照顾", await school.Locator($"tr[data-teacher='{row.TeacherId.Value}']").InnerTextAsync());
        Assert.Equal("undefined", await school.EvaluateAsync<string>("typeof window.hacked"));

        var hr = await browser.SignInAsync(Site.BaseAddress, Site.Hr.Login, Site.Hr.Password!);
        var objection = hr.Locator("tr[data-review]", new() { HasText = "该教师家中有重病老人需照顾" });
        await objection.Locator("select[name=decision]").SelectOptionAsync("forbid");
        await objection.Locator("button").ClickAsync();
        // The HR page re-checks every alternative; with the whole suite's solver tests on the same two cores it
        // once took longer than Playwright's default 30 s (alone: under a second).
        await hr.WaitForURLAsync("**/hr", new() { Timeout = 120_000 });
        await BrowserSession.ScreenshotAsync(hr, "2-hr-ruled-forbid");
        await hr.ClickAsync("button:has-text('按复核结果重新规划')");
        await hr.WaitForURLAsync("**/hr/diff/**", new() { Timeout = 180_000 });
        await BrowserSession.ScreenshotAsync(hr, "3-replan-difference");

        var after = await Site.CurrentRunAsync();
        var newPlan = await Site.PlanAsync(after.RunId);
        Assert.NotEqual(before.RunId, after.RunId);
        Assert.DoesNotContain(newPlan.Assignments, a => a.TeacherId == row.TeacherId && a.To == row.To);
        // A kept row may get a new reason (a require decision now explains it): rows compare by what they assign.
        var oldKeys = oldPlan.Assignments.Select(Key).ToHashSet();
        var newKeys = newPlan.Assignments.Select(Key).ToHashSet();
        var removed = oldPlan.Assignments.Where(a => !newKeys.Contains(Key(a))).ToList();
        var added = newPlan.Assignments.Where(a => !oldKeys.Contains(Key(a))).ToList();
        Assert.Contains(row, removed);
        // The stability level counts the rows removed and added; the levels after it hold that count and may lower it.
        var stability = await StabilityObjectiveAsync(after.RunId);
        Assert.True(removed.Count + added.Count <= stability, $"{removed.Count} removed + {added.Count} added > stability {stability}");
        Assert.True(removed.Count + added.Count < oldPlan.Assignments.Count / 2,
            $"{removed.Count} removed and {added.Count} added out of {oldPlan.Assignments.Count}");
        Assert.Equal(oldPlan.Assignments.Count - removed.Count, await Shown(hr, "#kept"));
        Assert.Equal(removed.Count, await RowsOf(hr, "#removed-rows") + await ChangedSide(hr, removed));
        Assert.Equal(added.Count, await RowsOf(hr, "#added-rows") + await ChangedSide(hr, added));
        await school.ReloadAsync();
        await BrowserSession.ScreenshotAsync(school, "4-principal-sees-outcome");
        Assert.Contains("人事股决定：不得安排", await school.Locator("tr", new() { HasText = "该教师家中有重病老人需照顾" }).Last.InnerTextAsync());
    }

    private async Task<double> StabilityObjectiveAsync(long runId)
    {
        using var metrics = JsonDocument.Parse((await new RunReader(Site.DataSource).MetricsAsync(runId, CancellationToken.None))!);
        return metrics.RootElement.GetProperty("solver").GetProperty("levels").EnumerateArray()
            .Single(l => l.GetProperty("name").GetString() == "stability").GetProperty("objective").GetDouble();
    }

    private static string Key(Assignment a) => $"{a.TeacherId}|{a.Kind}|{a.From}|{a.To}|{a.Stage}|{a.Subject}|{a.Share}";

    private static async Task<int> Shown(IPage page, string selector) => int.Parse(await page.Locator(selector).InnerTextAsync());

    private static async Task<int> RowsOf(IPage page, string table) => await page.Locator($"{table} tr").CountAsync() - 1;

    /// <summary>How many of the rows belong to teachers the "changed" table lists.</summary>
    private static async Task<int> ChangedSide(IPage page, IReadOnlyList<Assignment> rows)
    {
        var changed = await page.Locator("#changed-rows").InnerTextAsync();
        return rows.Count(a => changed.Contains($"（{a.TeacherId.Value}）", StringComparison.Ordinal));
    }
}
