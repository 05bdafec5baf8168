using Jiaoling.Rotation.Data.Store.Register;

namespace Jiaoling.Rotation.Web;

/// <summary>The models of HR's register pages (<c>templates/portal/register*.sbn-html</c>).</summary>
public static class RegisterPages
{
    public static PortalPage List(RegisterQuery query, IReadOnlyList<RegisterRow> rows, IReadOnlyList<FinalPlan> finals, int shown)
    {
        var counts = query.SchoolId is { } school
            ? new { Sent = rows.Count(r => r.FromId == school), Received = rows.Count(r => r.FromId != school) }
            : null;
        return new PortalPage(PortalPage.Register, "交流轮岗登记册", new
        {
            Query = query.Text ?? "",
            School = query.SchoolId ?? "",
            SchoolCounts = counts,
            Finals = finals.Select(f => new
            {
                Start = $"{f.PlanStartDate:yyyy-MM-dd}",
                Dataset = f.DatasetName,
                Version = f.DatasetVersion,
                f.RunId,
                f.Entries,
                Published = $"{f.PublishedBy}，{f.PublishedAt.ToLocalTime():yyyy-MM-dd HH:mm}",
            }).ToList(),
            Rows = rows.Take(shown).Select(Row).ToList(),
            More = rows.Count > shown,
        });
    }

    public static PortalPage History(TeacherHistory history, IReadOnlyList<RegisterRow> rows, DateOnly? asOf)
    {
        var since = rows.Select(r => r.YearsSince).FirstOrDefault(y => y is not null);
        return new PortalPage(PortalPage.RegisterHistory, $"{history.Name}（{history.TeacherId}）的交流经历", new
        {
            Since = since is { } y
                ? $"距上次交流 {y} 年（从最近一次交流的起始日期算到本县最新的规划起始日期 {asOf:yyyy-MM-dd}）。"
                : "登记册中没有该教师的交流轮岗或校长交流记录。",
            Stints = history.Stints.Select(s => new
            {
                School = $"{s.First.SchoolName}（{s.First.SchoolId}）",
                Post = s.First.PostSchoolId is { } p ? $"{s.First.PostSchoolName}（{p}）" : "本校",
                Role = s.First.Role == "principal" ? "校长" : "教师",
                From = Version(s.First),
                To = Version(s.Last),
            }).ToList(),
            Rows = rows.Select(Row).ToList(),
        });
    }

    private static object Row(RegisterRow r) => new
    {
        r.TeacherId, r.TeacherName, r.YearsSince, r.Kind, r.FromId, r.FromName, r.ToId, r.ToName, r.Stage, r.Subject,
        Share = r.Share.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture), r.Start, r.End, r.Plan, r.RunId,
        r.PublishedBy, r.PublishedAt,
    };

    private static string Version(Posting p) => $"{p.DatasetName} 第 {p.Version} 版（{p.PlanStart:yyyy-MM-dd}）";
}
