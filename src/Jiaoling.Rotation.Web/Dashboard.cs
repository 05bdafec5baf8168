using System.Globalization;
using System.Text;
using System.Text.Json;
using Jiaoling.Rotation.Data.Store;
using Jiaoling.Rotation.Data.Store.Review;

namespace Jiaoling.Rotation.Web;

/// <summary>The compliance figures of a run's metrics.json and its objections, as HR's dashboard shows them.</summary>
public static class Dashboard
{
    public static void Figures(StringBuilder body, string? metricsJson)
    {
        if (metricsJson is null)
        {
            return;
        }
        var m = JsonDocument.Parse(metricsJson).RootElement;
        var rotation = m.GetProperty("rotation");
        var shortage = m.GetProperty("shortage_fte");
        body.Append("<h2>达标情况</h2><table>")
            .Append(Row("求解状态", m.GetProperty("solver").GetProperty("status").ToString()))
            .Append(Row("应交流人数 / 已交流", $"{rotation.GetProperty("eligible")} / {rotation.GetProperty("rotated")}"))
            .Append(Row("交流比例", Percent(rotation.GetProperty("ratio"))))
            .Append(Row("骨干教师占比", Percent(rotation.GetProperty("backbone_share"))))
            .Append(Row("校长交流", rotation.GetProperty("principals_moved").ToString()))
            .Append(Row("走教教师", rotation.GetProperty("itinerant_teachers").ToString()))
            .Append(Row("紧缺学科缺口（调整前 → 后）", $"{Number(shortage.GetProperty("before"))} → {Number(shortage.GetProperty("after"))}"));
        foreach (var stage in m.GetProperty("indicators").EnumerateObject())
        {
            foreach (var indicator in stage.Value.EnumerateObject())
            {
                var before = indicator.Value.GetProperty("before");
                var after = indicator.Value.GetProperty("after");
                body.Append(Row($"{(stage.Name == "primary" ? "小学" : "初中")} {indicator.Name} 差异系数（前 → 后）",
                    $"{Number(before.GetProperty("cv"))} → {Number(after.GetProperty("cv"))}"));
            }
        }
        body.Append("</table>");
    }

    public static void Objections(StringBuilder body, IReadOnlyList<RowReview> objections, IReadOnlyList<Ruling> rulings,
        long currentRun, string token)
    {
        var answered = rulings.Where(r => r.ReviewId is not null).GroupBy(r => r.ReviewId!.Value).ToDictionary(g => g.Key, g => g.Last());
        body.Append($"<h2>全部异议（{objections.Count}）</h2>");
        if (objections.Count == 0)
        {
            return;
        }
        body.Append("<table><tr><th>方案</th><th>学校</th><th>教师</th><th>理由</th><th>处理</th></tr>");
        foreach (var o in objections)
        {
            body.Append($"<tr data-review=\"{o.Id}\"><td>{o.RunId}</td><td>{Page.E(o.SchoolId)}</td><td>{Page.E(o.TeacherId)} <a href=\"/hr/runs/{o.RunId}/alternatives/{Uri.EscapeDataString(o.TeacherId)}\">其他人选</a></td><td>{Page.E(o.Reason)}（{Page.E(o.Login)}）</td><td>");
            if (answered.TryGetValue(o.Id, out var r))
            {
                body.Append(Page.E($"已决定：{RowText.Decision(r.Decision)} {r.SchoolId}（{r.Login}）"));
            }
            else if (o.RunId == currentRun)
            {
                body.Append($"<form method=\"post\" action=\"/hr/reviews/{o.Id}/rule\">{token}<select name=\"decision\">")
                    .Append("<option value=\"forbid\">不得安排到该校（forbid）</option><option value=\"stay\">留任原校（stay）</option>")
                    .Append("<option value=\"require\">必须安排到下列学校（require）</option></select>")
                    .Append("<input name=\"school\" placeholder=\"学校代码（require 时必填）\"><input name=\"note\" placeholder=\"说明\">")
                    .Append("<button type=\"submit\">作出决定</button></form>");
            }
            else
            {
                body.Append("未处理（方案已更新）");
            }
            body.Append("</td></tr>");
        }
        body.Append("</table>");
    }

    /// <summary>Every output file of the run (notices, school pages, reports, plan.xlsx), folded away on small screens.</summary>
    public static void Files(StringBuilder body, long runId, IReadOnlyList<StoredFile> files)
    {
        body.Append($"<details><summary>全部输出文件（{files.Count}）</summary><ul>");
        foreach (var f in files)
        {
            body.Append($"<li><a href=\"/hr/runs/{runId}/files/{Page.E(f.Name)}\">{Page.E(f.Name)}</a></li>");
        }
        body.Append("</ul></details>");
    }

    private static string Row(string name, string value) => $"<tr><th>{Page.E(name)}</th><td>{Page.E(value)}</td></tr>";

    private static string Percent(JsonElement e) =>
        e.ValueKind == JsonValueKind.Number ? (e.GetDouble() * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";

    private static string Number(JsonElement e) =>
        e.ValueKind == JsonValueKind.Number ? e.GetDouble().ToString("0.###", CultureInfo.InvariantCulture) : "—";
}
