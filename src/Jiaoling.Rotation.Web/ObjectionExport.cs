using Jiaoling.Rotation.Data.Store.Review;
using Jiaoling.Rotation.Notices.Xlsx;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Jiaoling.Rotation.Web;

/// <summary>HR's objections as a workbook (<c>/hr/objections.xlsx</c>): every standing objection of the county with what became of it.</summary>
public static class ObjectionExport
{
    private static readonly string[] Header = ["方案编号", "学校代码", "教师工号", "异议理由", "提出账号", "提出时间", "处理结果"];

    public static void Map(RouteGroupBuilder hr) => hr.MapGet("/objections.xlsx", async (HttpContext context, ReviewStore reviews,
        RulingStore rulings, CancellationToken ct) =>
    {
        var user = Portal.Of(context.User);
        var run = await reviews.CurrentRunAsync(user.County, ct);
        var answered = run is null ? new Dictionary<long, Ruling>() : Dashboard.Answered(await rulings.AllAsync(user.County, run.DatasetName, ct));
        var rows = (await reviews.ObjectionsAsync(user.County, null, ct)).Select(o => (IReadOnlyList<object?>)
        [
            (int)o.RunId, o.SchoolId, o.TeacherId, o.Reason, o.Login, $"{o.At.ToLocalTime():yyyy-MM-dd HH:mm}",
            answered.TryGetValue(o.Id, out var r) ? Dashboard.RulingText(r) : o.RunId == run?.RunId ? "待处理" : "未处理（方案已更新）",
        ]);
        return Results.File(SimpleWorkbook.Write("异议", Header, rows),
            SimpleWorkbook.ContentType, "异议.xlsx");
    });
}
