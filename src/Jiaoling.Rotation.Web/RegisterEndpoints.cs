using Jiaoling.Rotation.Data.Store.Register;
using Jiaoling.Rotation.Notices.Xlsx;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Jiaoling.Rotation.Web;

/// <summary>
/// HR's rotation register: entries searched by text and school, exported to .xlsx, and each teacher's history
/// (every school since the first import and every entry), with the years since the last rotation.
/// </summary>
public static class RegisterEndpoints
{
    /// <summary>Most entries a page lists; the export has them all.</summary>
    public const int Shown = 500;

    public static void Map(RouteGroupBuilder hr)
    {
        hr.MapGet("/register", ListAsync);
        hr.MapGet("/register/export", ExportAsync);
        hr.MapGet("/register/teachers/{id}", HistoryAsync);
    }

    private static async Task<IResult> ListAsync(string? q, string? school, HttpContext context, RegisterReader register, CancellationToken ct)
    {
        var user = Portal.Of(context.User);
        var query = Query(q, school);
        var rows = await RowsAsync(user.County, query with { Limit = Shown + 1 }, register, ct);
        var finals = await register.FinalPlansAsync(user.County, ct);
        return RegisterPages.List(query, rows, finals, Shown);
    }

    private static async Task<IResult> ExportAsync(string? q, string? school, HttpContext context, RegisterReader register,
        CancellationToken ct)
    {
        var rows = await RowsAsync(Portal.Of(context.User).County, Query(q, school), register, ct);
        return Results.File(SimpleWorkbook.Write("交流轮岗登记册", RegisterRows.Header, rows.Select(RegisterRows.Cells)), SimpleWorkbook.ContentType,
            "交流轮岗登记册.xlsx");
    }

    private static async Task<IResult> HistoryAsync(string id, HttpContext context, RegisterReader register, CancellationToken ct)
    {
        var user = Portal.Of(context.User);
        var history = await register.HistoryAsync(user.County, id, ct);
        if (history.IsEmpty)
        {
            return PortalPage.Refusal("未找到", $"本县的数据和登记册中都没有工号为“{id}”的教师。", 404, "/hr/register", "返回登记册");
        }
        var asOf = await register.LatestPlanStartAsync(user.County, ct);
        var rows = RegisterRows.Of(history.Entries, await register.AllAsync(user.County, ct), asOf);
        return RegisterPages.History(history, rows, asOf);
    }

    private static RegisterQuery Query(string? q, string? school) =>
        new(SchoolId: string.IsNullOrWhiteSpace(school) ? null : school.Trim(), Text: string.IsNullOrWhiteSpace(q) ? null : q.Trim());

    private static async Task<IReadOnlyList<RegisterRow>> RowsAsync(string county, RegisterQuery query, RegisterReader register,
        CancellationToken ct) =>
        RegisterRows.Of(await register.EntriesAsync(county, query, ct), await register.AllAsync(county, ct),
            await register.LatestPlanStartAsync(county, ct));
}
