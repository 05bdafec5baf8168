using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jiaoling.Rotation.Domain;

namespace Jiaoling.Rotation.Tests.Review;

[Collection(ReviewCollection.Name)]
public sealed class RegisterPageTests(ReviewSeed seed) : ReviewTest(seed)
{
    private async Task<(PortalClient Hr, Plan Plan)> PublishedAsync()
    {
        var hr = await PortalClient.SignInAsync(Site.BaseAddress, Site.Hr.Login, Site.Hr.Password!);
        var run = await Site.CurrentRunAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await hr.PostFormAsync("/hr/publish", await hr.TokenAsync("/hr"), ("stage", "final"))).StatusCode);
        return (hr, await Site.PlanAsync(run.RunId));
    }

    [Fact]
    public async Task Hr_finds_entries_by_search_and_by_school_and_exports_them_to_xlsx()
    {
        var (hr, plan) = await PublishedAsync();
        using var _ = hr;
        var row = plan.Assignments.First(a => a.Kind == AssignmentKind.Transfer);

        var all = await hr.PageAsync("/hr/register");
        var byId = await hr.PageAsync($"/hr/register?q={row.TeacherId.Value}");
        var bySchool = await hr.PageAsync($"/hr/register?school={row.To.Value}");
        var export = await hr.GetAsync($"/hr/register/export?school={row.To.Value}");

        Assert.Contains($"<h2>登记（{plan.Assignments.Count} 条）</h2>", all);
        Assert.Contains($"data-teacher=\"{row.TeacherId.Value}\"", byId);
        Assert.Equal(plan.Assignments.Count(a => a.TeacherId == row.TeacherId), Count(byId, "data-teacher=\""));
        var touching = plan.Assignments.Count(a => a.From == row.To || a.To == row.To);
        Assert.Equal(touching, Count(bySchool, "data-teacher=\""));
        Assert.DoesNotContain("<script>window", all);
        Assert.Contains("&lt;script&gt;window", all);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await export.Content.ReadAsByteArrayAsync()), false);
        var sheet = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet;
        Assert.Equal(touching + 1, sheet.Descendants<Row>().Count());
        Assert.Equal("交流轮岗登记册", workbook.WorkbookPart.Workbook.Descendants<Sheet>().Single().Name!.Value);
    }

    [Fact]
    public async Task A_teachers_history_page_shows_the_school_and_the_entry_and_principals_cannot_open_the_register()
    {
        var (hr, plan) = await PublishedAsync();
        using var _ = hr;
        var row = plan.Assignments.First(a => a.Kind == AssignmentKind.Transfer);
        var principal = Site.Accounts.First(a => a.Role == "principal");
        using var other = await PortalClient.SignInAsync(Site.BaseAddress, principal.Login, principal.Password!);

        var history = await hr.PageAsync($"/hr/register/teachers/{row.TeacherId.Value}");
        var unknown = await hr.GetAsync("/hr/register/teachers/T404404");

        Assert.Contains($"（{row.From.Value}）", history);
        Assert.Contains("<table id=\"entries\">", history);
        Assert.Contains("交流轮岗", history);
        Assert.Contains("距上次交流 0 年", history);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        foreach (var path in new[] { "/hr/register", "/hr/register/export", $"/hr/register/teachers/{row.TeacherId.Value}" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(path)).StatusCode);
        }
    }

    private static int Count(string html, string marker) => (html.Length - html.Replace(marker, "").Length) / marker.Length;
}
