using System.Globalization;
using System.Text;
using Jiaoling.Rotation.Data.Store.Register;

namespace Jiaoling.Rotation.Web;

/// <summary>The HTML of HR's register pages; every value goes through <see cref="Page.E"/>.</summary>
public static class RegisterPages
{
    public static string List(RegisterQuery query, IReadOnlyList<RegisterRow> rows, IReadOnlyList<FinalPlan> finals, int shown)
    {
        var body = new StringBuilder("<p><a href=\"/hr\">返回工作台</a></p>")
            .Append("<form method=\"get\" action=\"/hr/register\" id=\"search\">")
            .Append($"<input name=\"q\" value=\"{Page.E(query.Text)}\" placeholder=\"工号、姓名、学校代码或校名\"> ")
            .Append($"<input name=\"school\" value=\"{Page.E(query.SchoolId)}\" placeholder=\"学校代码（调出或调入）\"> ")
            .Append("<button type=\"submit\">查询</button></form>")
            .Append($"<p><a id=\"export\" href=\"/hr/register/export?{Link(query)}\">导出 Excel（.xlsx，全部符合条件的记录）</a></p>");
        if (query.SchoolId is { } school)
        {
            var sent = rows.Count(r => r.FromId == school);
            body.Append($"<p>学校 {Page.E(school)}：调出 {sent} 条，调入 {rows.Count - sent} 条。</p>");
        }
        Finals(body, finals);
        body.Append($"<h2>登记（{Math.Min(rows.Count, shown)} 条{(rows.Count > shown ? $"，只显示前 {shown} 条，请缩小查询范围或导出" : "")}）</h2>");
        Entries(body, rows.Take(shown), withTeacher: true);
        return body.ToString();
    }

    public static string History(TeacherHistory history, IReadOnlyList<RegisterRow> rows, DateOnly? asOf)
    {
        var since = rows.Select(r => r.YearsSince).FirstOrDefault(y => y is not null);
        var body = new StringBuilder("<p><a href=\"/hr/register\">返回登记册</a></p><p id=\"since\">")
            .Append(Page.E(since is { } y
                ? $"距上次交流 {y} 年（从最近一次交流的起始日期算到本县最新的规划起始日期 {asOf:yyyy-MM-dd}）。"
                : "登记册中没有该教师的交流轮岗或校长交流记录。"))
            .Append("</p><h2>任教学校（自第一次导入以来）</h2>")
            .Append("<table id=\"stints\"><tr><th>学校</th><th>人事关系学校</th><th>岗位</th><th>自</th><th>至</th></tr>");
        foreach (var s in history.Stints)
        {
            var post = s.First.PostSchoolId is { } p ? $"{s.First.PostSchoolName}（{p}）" : "本校";
            body.Append($"<tr><td>{Page.E($"{s.First.SchoolName}（{s.First.SchoolId}）")}</td><td>{Page.E(post)}</td>")
                .Append($"<td>{Page.E(s.First.Role == "principal" ? "校长" : "教师")}</td><td>{Page.E(Version(s.First))}</td><td>{Page.E(Version(s.Last))}</td></tr>");
        }
        body.Append("</table><h2>登记册</h2>");
        Entries(body, rows, withTeacher: false);
        return body.ToString();
    }

    private static void Finals(StringBuilder body, IReadOnlyList<FinalPlan> finals)
    {
        body.Append("<h2>各年度最终方案</h2><table id=\"finals\"><tr><th>规划起始日期</th><th>数据集 / 版本</th><th>运行</th><th>登记条数</th><th>发布</th></tr>");
        foreach (var f in finals)
        {
            body.Append($"<tr><td>{f.PlanStartDate:yyyy-MM-dd}</td><td>{Page.E($"{f.DatasetName} / 第 {f.DatasetVersion} 版")}</td><td>{f.RunId}</td>")
                .Append($"<td>{f.Entries}</td><td>{Page.E($"{f.PublishedBy}，{f.PublishedAt.ToLocalTime():yyyy-MM-dd HH:mm}")}</td></tr>");
        }
        body.Append("</table>");
    }

    private static void Entries(StringBuilder body, IEnumerable<RegisterRow> rows, bool withTeacher)
    {
        body.Append("<table id=\"entries\"><tr>").Append(withTeacher ? "<th>教师</th><th>距上次交流（年）</th>" : "")
            .Append("<th>类型</th><th>调出学校</th><th>调入学校</th><th>学段 / 学科</th><th>份额</th><th>起止日期</th><th>方案</th><th>发布</th></tr>");
        foreach (var r in rows)
        {
            body.Append($"<tr data-teacher=\"{Page.E(r.TeacherId)}\">");
            if (withTeacher)
            {
                body.Append($"<td><a href=\"/hr/register/teachers/{Uri.EscapeDataString(r.TeacherId)}\">{Page.E($"{r.TeacherName}（{r.TeacherId}）")}</a></td>")
                    .Append($"<td>{r.YearsSince?.ToString(CultureInfo.InvariantCulture) ?? "—"}</td>");
            }
            body.Append($"<td>{Page.E(r.Kind)}</td><td>{School(r.FromId, r.FromName)}</td><td>{School(r.ToId, r.ToName)}</td>")
                .Append($"<td>{Page.E($"{r.Stage} {r.Subject}")}</td><td>{r.Share.ToString("0.0", CultureInfo.InvariantCulture)}</td>")
                .Append($"<td>{Page.E($"{r.Start} 至 {r.End}")}</td><td>{Page.E($"{r.Plan}，运行 {r.RunId}")}</td>")
                .Append($"<td>{Page.E($"{r.PublishedBy}，{r.PublishedAt}")}</td></tr>");
        }
        body.Append("</table>");
    }

    private static string School(string id, string name) =>
        $"<a href=\"/hr/register?school={Uri.EscapeDataString(id)}\">{Page.E($"{name}（{id}）")}</a>";

    private static string Version(Posting p) => $"{p.DatasetName} 第 {p.Version} 版（{p.PlanStart:yyyy-MM-dd}）";

    private static string Link(RegisterQuery query) =>
        $"q={Uri.EscapeDataString(query.Text ?? "")}&school={Uri.EscapeDataString(query.SchoolId ?? "")}";
}
