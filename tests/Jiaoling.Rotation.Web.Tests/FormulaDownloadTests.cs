using System.Net;
using System.Text.RegularExpressions;

namespace Jiaoling.Rotation.Tests.Review;

/// <summary>
/// Every file HR downloads from the portal keeps text that begins like a formula as text: CSV cells behind an
/// apostrophe, workbook cells as inline strings and never a formula. Every teacher of the site is named so.
/// </summary>
[Collection(ReviewCollection.Name)]
public sealed partial class FormulaDownloadTests(ReviewSeed seed) : ReviewTest(seed)
{
    [Fact]
    public async Task Names_and_reasons_that_begin_like_formulas_stay_text_in_every_file_hr_downloads()
    {
        var run = await Site.CurrentRunAsync();
        var plan = await Site.PlanAsync(run.RunId);
        await Site.ObjectAsync(ReviewSite.Formula + "家中有事");
        await Site.PublishFinalAsync();
        using var hr = await PortalClient.SignInAsync(Site.BaseAddress, Site.Hr.Login, Site.Hr.Password!);

        var csv = (await hr.PageAsync($"/hr/runs/{run.RunId}/files/plan.csv")).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        var workbooks = new Dictionary<string, IReadOnlyList<WorkbookCells.Read>>();
        foreach (var path in new[] { $"/hr/runs/{run.RunId}/files/plan.xlsx", "/hr/register/export", "/hr/objections.xlsx" })
        {
            var response = await hr.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            workbooks[path] = WorkbookCells.Of(await response.Content.ReadAsByteArrayAsync());
        }

        Assert.Equal(plan.Assignments.Count, csv.Count);
        Assert.All(csv, line => Assert.DoesNotMatch(FieldBeginningLikeFormula(), line));
        Assert.All(csv, line => Assert.Contains("\"'=HYPERLINK(", line));
        Assert.All(workbooks, book =>
        {
            var risky = book.Value.Where(c => c.Text.StartsWith(ReviewSite.Formula, StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(risky);
            Assert.All(risky, c => Assert.True(c.InlineText, $"{book.Key}: {c.Text} is not inline text"));
            Assert.DoesNotContain(book.Value, c => c.Formula);
        });
    }

    /// <summary>A CSV field, quoted or not, whose first character makes Excel or WPS read a formula.</summary>
    [GeneratedRegex("(?:^|,)\"?[=+@\\-]")]
    private static partial Regex FieldBeginningLikeFormula();
}
